#!/usr/bin/env Rscript
# Reference values for ETS and the standard Theta method, from R's forecast
# package (8.20): ets() with each pinned model, ets() automatic, thetaf().
#
#   cd Tests/ForecastingTests/Fixtures && Rscript make-ets-fixtures.R
#
# Writes
#   ets-series.csv     series,frequency,time,value     (time = period ordinal:
#                      year; 4*year + quarter - 1; 12*year + month - 1)
#   ets-fits.csv       series,model,name,value         (alpha, beta, gamma, phi,
#                      l, b, s0.., sigma2, loglik, aic, aicc, bic, n)
#   ets-forecasts.csv  series,model,step,mean,lo_80,hi_80,lo_95,hi_95
#                      (forecast.ets, h = 2m or 6; model "auto" = ets(y))
#   ets-auto.csv       series,model,aicc                (the model ets(y) picks)
#   theta-forecasts.csv series,step,mean,lo_80,hi_80,lo_95,hi_95 (thetaf, same h)
#   ets-admissible.csv alpha,beta,gamma,phi,m,admissible (forecast:::admissible)
suppressPackageStartupMessages(library(forecast))
stopifnot(packageVersion("forecast") >= "8.20")

ordinal <- function(y) {
  f <- frequency(y)
  tt <- round(time(y) * f)   # f * (year + (period - 1)/f)
  as.integer(tt)
}

m3 <- read.csv("/work/shared/data/m3-yearly/m3-yearly.csv")
m3series <- function(id) {
  d <- m3[m3$series_id == id, ]
  ts(d$value, start = as.integer(d$timestamp[1]), frequency = 1)
}

series <- list(
  Nile = Nile, LakeHuron = LakeHuron, lynx = lynx, WWWusage = WWWusage,
  austres = austres, UKgas = UKgas, USAccDeaths = USAccDeaths,
  AirPassengers = AirPassengers, nottem = nottem, ldeaths = ldeaths,
  co2 = window(co2, start = c(1990, 1)),
  Y1 = m3series("Y1"), Y100 = m3series("Y100"), Y250 = m3series("Y250"), Y645 = m3series("Y645")
)

nonseasonal <- c("ANN", "AAN", "AAdN", "MNN", "MAN", "MAdN")
seasonal <- c("ANA", "AAA", "AAdA", "MNM", "MAM", "MAdM")

out.series <- list(); out.fits <- list(); out.fc <- list(); out.auto <- list(); out.theta <- list()

fc.rows <- function(name, model, f) {
  data.frame(series = name, model = model, step = seq_along(f$mean),
             mean = as.numeric(f$mean),
             lo_80 = as.numeric(f$lower[, 1]), hi_80 = as.numeric(f$upper[, 1]),
             lo_95 = as.numeric(f$lower[, 2]), hi_95 = as.numeric(f$upper[, 2]))
}

for (name in names(series)) {
  y <- series[[name]]
  m <- frequency(y)
  h <- if (m > 1) 2 * m else 6
  out.series[[name]] <- data.frame(series = name, frequency = m, time = ordinal(y), value = as.numeric(y))
  models <- if (m > 1) c(nonseasonal, seasonal) else nonseasonal
  for (code in models) {
    damped <- grepl("d", code)
    spec <- sub("d", "", code)
    fit <- tryCatch(ets(y, model = spec, damped = damped), error = function(e) NULL)
    if (is.null(fit) || !inherits(fit, "ets") || is.null(fit$loglik)) next
    comp <- paste0(fit$components[1], fit$components[2], if (fit$components[4] == "TRUE") "d" else "", fit$components[3])
    if (comp != code) next
    p <- fit$par
    vals <- c(p, sigma2 = fit$sigma2, loglik = fit$loglik, aic = fit$aic, aicc = fit$aicc, bic = fit$bic, n = length(y))
    out.fits[[paste(name, code)]] <- data.frame(series = name, model = code, name = names(vals), value = sprintf("%.15g", vals))
    out.fc[[paste(name, code)]] <- fc.rows(name, code, forecast(fit, h = h, level = c(80, 95)))
  }
  auto <- ets(y)
  code <- paste0(auto$components[1], auto$components[2], if (auto$components[4] == "TRUE") "d" else "", auto$components[3])
  out.auto[[name]] <- data.frame(series = name, model = code, aicc = sprintf("%.15g", auto$aicc))
  out.fc[[paste(name, "auto")]] <- fc.rows(name, "auto", forecast(auto, h = h, level = c(80, 95)))
  th <- thetaf(y, h = h, level = c(80, 95))
  out.theta[[name]] <- fc.rows(name, "theta", th)[, -2]
}

fmt <- function(d) { for (k in names(d)) if (is.double(d[[k]])) d[[k]] <- sprintf("%.15g", d[[k]]); d }
write.csv(fmt(do.call(rbind, out.series)), "ets-series.csv", row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, out.fits), "ets-fits.csv", row.names = FALSE, quote = FALSE)
write.csv(fmt(do.call(rbind, out.fc)), "ets-forecasts.csv", row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, out.auto), "ets-auto.csv", row.names = FALSE, quote = FALSE)
write.csv(fmt(do.call(rbind, out.theta)), "theta-forecasts.csv", row.names = FALSE, quote = FALSE)

# The admissible region of the seasonal models (a characteristic polynomial's
# roots), checked on random parameters near its edge.
set.seed(20140601)
adm <- list()
for (i in 1:400) {
  m <- sample(c(4, 12), 1)
  alpha <- runif(1, 0, 1.2); beta <- runif(1, -0.2, 0.6); gamma <- runif(1, -0.1, 1.1); phi <- runif(1, 0.8, 1)
  adm[[i]] <- data.frame(alpha = alpha, beta = beta, gamma = gamma, phi = phi, m = m,
                         admissible = forecast:::admissible(alpha, beta, gamma, phi, m))
}
write.csv(fmt(do.call(rbind, adm)), "ets-admissible.csv", row.names = FALSE, quote = FALSE)
