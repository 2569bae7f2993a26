# Reference values for the ARIMA tests (Tests/ForecastingTests/ARIMA*.swift),
# from R 4 with forecast 8.20:
#   Rscript make-arima-fixtures.R        (run in this folder)
# writes
#   arima-series.csv     series,frequency,time,value   (time = period ordinal:
#                        year; 4*year + quarter - 1; 12*year + month - 1)
#   arima-pinned.csv     series,model,name,value       Arima() coefficients (coef()
#                        names), loglik, aic, aicc, bic, sigma2, nobs, and the
#                        standard errors se_<coefficient> from var.coef
#   arima-forecasts.csv  series,model,step,time,mean,lo_80,hi_80,lo_95,hi_95
#                        forecast(Arima(...), h = 2m, or 6 for yearly data)
#   arima-auto.csv       series,model,aicc,loglik      auto.arima() with its defaults
#   arima-unitroot.csv   series,kpss,ndiffs,strength,nsdiffs   the KPSS level statistic
#                        (urca, lags trunc(3 sqrt(n)/13)), ndiffs(); for seasonal
#                        series the STL seasonal strength and nsdiffs() (else empty)
# Model names are ChiTieu's: arima:p,d,q[:P,D,Q:m][+drift|-mean].
suppressMessages(library(forecast))

# The M3 yearly data as the project keeps it (/work/shared/data/m3-yearly).
m3file <- Sys.getenv("M3_YEARLY", "/work/shared/data/m3-yearly/m3-yearly.csv")
m3 <- read.csv(m3file, stringsAsFactors = FALSE)
m3series <- function(id) {
  rows <- m3[m3$series_id == id, ]
  ts(rows$value, start = as.integer(rows$timestamp[1]), frequency = 1)
}

series <- list(
  Nile = Nile, LakeHuron = LakeHuron, lynx = lynx, WWWusage = WWWusage,
  austres = austres, logUKgas = log(UKgas), USAccDeaths = USAccDeaths,
  logAirPassengers = log(AirPassengers), ldeaths = ldeaths, nottem = nottem,
  M3Y1 = m3series("Y1"), M3Y152 = m3series("Y152"), M3Y645 = m3series("Y645")
)
# A series with gaps (fitted by exact likelihood only, as R does with NAs).
lakeGaps <- LakeHuron; lakeGaps[c(20, 50, 51)] <- NA
series$LakeHuronGaps <- lakeGaps
# Short series, where auto.arima's limits bite (max p, q <= n/3; small start orders below 10).
series$M3Y1first8 <- window(m3series("Y1"), end = 1982)
series$M3Y152first6 <- ts(head(as.numeric(m3series("Y152")), 6), start = start(m3series("Y152"))[1])
# A sample of the M3 yearly series (every 16th) for auto.arima only.
for (id in paste0("Y", seq(8, 645, by = 16))) series[[paste0("M3", id)]] <- m3series(id)

# Pinned orders: order, seasonal order, drift.
spec <- function(p, d, q, P = 0, D = 0, Q = 0, drift = FALSE) list(order = c(p, d, q), seasonal = c(P, D, Q), drift = drift)
pinned <- list(
  Nile = list(spec(0, 1, 1), spec(1, 1, 0, drift = TRUE), spec(1, 0, 1), spec(2, 0, 0)),
  LakeHuron = list(spec(2, 0, 0), spec(1, 0, 1), spec(0, 1, 1), spec(1, 1, 0, drift = TRUE), spec(1, 0, 0, drift = TRUE)),
  lynx = list(spec(2, 0, 0), spec(0, 1, 1)),
  WWWusage = list(spec(1, 1, 1), spec(0, 1, 1), spec(1, 1, 0, drift = TRUE)),
  austres = list(spec(0, 1, 1), spec(1, 1, 0, drift = TRUE), spec(0, 1, 1, 0, 1, 1)),
  logUKgas = list(spec(0, 1, 1, 0, 1, 1), spec(1, 0, 0, 1, 0, 0)),
  USAccDeaths = list(spec(0, 1, 1, 0, 1, 1), spec(1, 0, 0, 1, 0, 0)),
  logAirPassengers = list(spec(0, 1, 1, 0, 1, 1)),
  ldeaths = list(spec(1, 0, 0, 1, 0, 0), spec(0, 1, 1, 0, 1, 1)),
  nottem = list(spec(1, 0, 0, 1, 0, 0)),
  LakeHuronGaps = list(spec(1, 0, 0), spec(0, 1, 1), spec(1, 1, 0, drift = TRUE)),
  M3Y1 = list(spec(0, 1, 1), spec(1, 1, 0, drift = TRUE)),
  M3Y152 = list(spec(0, 1, 1), spec(1, 1, 0, drift = TRUE), spec(2, 0, 0)),
  M3Y645 = list(spec(0, 1, 1), spec(1, 0, 1))
)

ordinal <- function(x) round(as.numeric(time(x)) * frequency(x))

chitieuName <- function(fit) {
  o <- arimaorder(fit)
  name <- sprintf("arima:%d,%d,%d", o[1], o[2], o[3])
  if (length(o) == 7 && o[7] > 1 && sum(o[4:6]) > 0) name <- sprintf("%s:%d,%d,%d:%d", name, o[4], o[5], o[6], o[7])
  cn <- names(coef(fit))
  if ("drift" %in% cn) name <- paste0(name, "+drift")
  dd <- o[2] + if (length(o) == 7) o[5] else 0
  if (dd == 0 && !("intercept" %in% cn)) name <- paste0(name, "-mean")
  name
}

num <- function(x) ifelse(is.na(x), "", sprintf("%.17g", x))
seriesRows <- c(); pinnedRows <- c(); forecastRows <- c(); autoRows <- c(); unitRows <- c()
for (s in names(series)) {
  x <- series[[s]]
  seriesRows <- c(seriesRows, sprintf("%s,%d,%d,%s", s, frequency(x), ordinal(x), num(as.numeric(x))))
  m <- frequency(x)
  h <- if (m > 1) 2 * m else 6
  for (sp in if (is.null(pinned[[s]])) list() else pinned[[s]]) {
    fit <- Arima(x, order = sp$order, seasonal = sp$seasonal, include.drift = sp$drift)
    model <- chitieuName(fit)
    se <- sqrt(diag(fit$var.coef))
    names(se) <- paste0("se_", names(se))
    values <- c(coef(fit), loglik = fit$loglik, aic = fit$aic, aicc = fit$aicc, bic = fit$bic,
                sigma2 = fit$sigma2, nobs = fit$nobs, se)
    pinnedRows <- c(pinnedRows, sprintf("%s,\"%s\",%s,%s", s, model, names(values), num(values)))
    fc <- forecast(fit, h = h, level = c(80, 95))
    forecastRows <- c(forecastRows, sprintf("%s,\"%s\",%d,%d,%s,%s,%s,%s,%s", s, model, 1:h, ordinal(fc$mean),
      num(fc$mean), num(fc$lower[, 1]), num(fc$upper[, 1]), num(fc$lower[, 2]), num(fc$upper[, 2])))
  }
  y <- na.omit(as.numeric(x))
  kpss <- urca::ur.kpss(y, type = "mu", use.lag = trunc(3 * sqrt(length(y)) / 13))@teststat
  strength <- if (m > 1 && !anyNA(x)) forecast:::seas.heuristic(x) else NA
  nsd <- if (m > 1 && !anyNA(x)) nsdiffs(x) else NA
  unitRows <- c(unitRows, sprintf("%s,%s,%d,%s,%s", s, num(kpss), ndiffs(x), num(strength), ifelse(is.na(nsd), "", nsd)))
  auto <- auto.arima(x)
  autoRows <- c(autoRows, sprintf("%s,\"%s\",%s,%s", s, chitieuName(auto), num(auto$aicc), num(auto$loglik)))
}
writeLines(c("series,frequency,time,value", seriesRows), "arima-series.csv")
writeLines(c("series,model,name,value", pinnedRows), "arima-pinned.csv")
writeLines(c("series,model,step,time,mean,lo_80,hi_80,lo_95,hi_95", forecastRows), "arima-forecasts.csv")
writeLines(c("series,model,aicc,loglik", autoRows), "arima-auto.csv")
writeLines(c("series,kpss,ndiffs,strength,nsdiffs", unitRows), "arima-unitroot.csv")
