#!/usr/bin/env Rscript
# Reference values for the Forecasting models, from R and forecast 8.x.
#
#   cd Tests/ForecastingTests/Fixtures && Rscript make-trend-fixtures.R
#
# Writes
#   series.csv     series,frequency,time,value   (time = period ordinal; empty value = missing)
#   forecasts.csv  series,model,step,time,mean,lo_50,hi_50,lo_80,hi_80,lo_95,hi_95,lo_99,hi_99
#   summaries.csv  series,model,name,value        (parameters, sigma2, loglik, aic, aicc, bic, n)
#
# References, one per model:
#   mean       forecast::meanf(y)                         (on a ts with NA, as R computes it)
#   naive      forecast::naive(y); with a gap, lm on the scaled changes (below)
#   drift      forecast::rwf(y, drift = TRUE); with a gap, likewise
#   linear     predict(lm(y ~ t), newdata, interval = "prediction", level = L)
#   quadratic  the same with y ~ I(t - c) + I((t - c)^2), c = mean of the observed t
#              (the fit and intervals do not depend on c; raw y ~ t + I(t^2) is
#              checked against it below where R keeps enough digits)
#   loglinear  exp(predict(lm(log(y) ~ t), ...)), checked against
#              forecast(tslm(y ~ trend, lambda = 0), biasadj = FALSE)
# Likelihoods: logLik(lm) for mean (y ~ 1), the trends, drift (d ~ 1 on the
# lag-walk changes d) and naive (d ~ 0); AICc = AIC + 2k(k+1)/(n-k-1).
suppressPackageStartupMessages(library(forecast))
stopifnot(packageVersion("forecast") >= "8.0")

levels <- c(50, 80, 95, 99)
h <- 10

series <- list(
  # Budget-revenue-like yearly series with two missing years (2008, 2012).
  gap = list(frequency = 1, start = 2003,
             values = c(1120.4, 1185.2, 1262.9, 1301.5, 1398.0, NA, 1522.7,
                        1580.1, 1655.3, NA, 1790.8, 1842.6, 1931.2, 2010.5)),
  # Real public series: Lake Huron level (ft), 1941-1972 (R datasets).
  lakehuron = list(frequency = 1, start = 1941,
                   values = as.numeric(window(LakeHuron, 1941, 1972))),
  # Real public series: Nile flow at Aswan, 1941-1970 (R datasets).
  nile = list(frequency = 1, start = 1941,
              values = as.numeric(window(Nile, 1941, 1970))),
  # Strong curvature: about 200 + 4 s + 1.5 s^2 (s = years since 2001) with noise.
  curved = list(frequency = 1, start = 2001,
                values = c(203.1, 204.6, 215.8, 224.2, 245.9, 252.0, 285.3, 300.2,
                           327.7, 358.9, 385.4, 428.6, 452.1, 505.3, 537.8)),
  # Large ordinals (months as 12*year + month - 1, t ~ 24130, t^2 ~ 5.8e8):
  # a gently curved monthly series that stresses a quadratic in raw time.
  bigordinals = list(frequency = 12, start = 12 * 2010,
                     values = round(5000 + 12 * (0:35) - 0.21 * (0:35)^2 +
                                    c(3.1, -2.4, 0.7, 5.2, -4.4, 1.9, -0.8, 2.6, -3.7, 4.1, -1.5, 0.3), 1)),
  # Changes that sum to exactly 0: R's lm gives a drift of ~1e-18, not 0, so
  # rwf still divides by r - 1, as RandomWalkWithDrift always does.
  zerodrift = list(frequency = 1, start = 2005, values = c(10, 12, 11, 13, 10, 11, 14, 12, 10))
)

fmt <- function(x) ifelse(is.na(x), "", sprintf("%.17g", x))
forecast_rows <- list()
summary_rows <- list()
series_rows <- list()

add_forecast <- function(name, model, times, mean, lo, hi) {
  df <- data.frame(series = name, model = model, step = seq_along(times), time = times, mean = fmt(mean))
  for (i in seq_along(levels)) {
    df[[paste0("lo_", levels[i])]] <- fmt(lo[, i])
    df[[paste0("hi_", levels[i])]] <- fmt(hi[, i])
  }
  forecast_rows[[length(forecast_rows) + 1]] <<- df
}
add_summary <- function(name, model, values) {
  summary_rows[[length(summary_rows) + 1]] <<-
    data.frame(series = name, model = model, name = names(values), value = fmt(unlist(values)))
}
likelihood <- function(fit) {
  ll <- logLik(fit)
  k <- attr(ll, "df"); n <- nobs(fit)
  list(loglik = as.numeric(ll), aic = AIC(fit), aicc = AIC(fit) + 2 * k * (k + 1) / (n - k - 1),
       bic = BIC(fit), n = n)
}
# The fit and intervals of predict.lm at the new times, one level at a time.
lm_forecast <- function(fit, newdata) {
  out <- lapply(levels, function(L) predict(fit, newdata, interval = "prediction", level = L / 100))
  list(mean = out[[1]][, "fit"],
       lo = sapply(out, function(p) p[, "lwr"]), hi = sapply(out, function(p) p[, "upr"]))
}

for (name in names(series)) {
  s <- series[[name]]
  n <- length(s$values)
  times <- s$start + 0:(n - 1)
  future <- max(times) + 1:h
  series_rows[[name]] <- data.frame(series = name, frequency = s$frequency, time = times, value = fmt(s$values))
  y <- ts(s$values, start = s$start, frequency = 1)
  obs <- !is.na(s$values)
  t <- times[obs]; v <- s$values[obs]

  # mean: meanf on the ts with its NA (n counts the missing periods).
  f <- meanf(y, h = h, level = levels)
  add_forecast(name, "mean", future, f$mean, f$lower, f$upper)
  add_summary(name, "mean", c(list(mean = f$model$mu, sigma2 = f$model$sd^2), likelihood(lm(v ~ 1))))

  # naive and drift. Without gaps: R's naive() and rwf(drift = TRUE), whose
  # lag walk counts a change across a gap as one step (by position). ChiTieu
  # fits by time instead (issue 19): a change d over k periods is
  # N(k b, k sigma^2), so with a gap the scaled changes z = d / sqrt(k) are
  # fitted by lm, on nothing (naive) or on sqrt(k) (drift: b, se(b)), and
  # the forecasts follow forecast.lagwalk's formulas with that sigma and se(b).
  if (all(obs)) {
    f <- naive(y, h = h, level = levels)
    add_forecast(name, "naive", future, f$mean, f$lower, f$upper)
    d <- na.omit(as.numeric(f$model$residuals))
    add_summary(name, "naive", c(list(sigma2 = f$model$sigma2), likelihood(lm(d ~ 0))))
    a <- Arima(y, order = c(0, 1, 0))  # naive is ARIMA(0,1,0): same likelihood
    stopifnot(abs(a$loglik - as.numeric(logLik(lm(d ~ 0)))) < 1e-8 * abs(a$loglik))

    f <- rwf(y, h = h, drift = TRUE, level = levels)
    add_forecast(name, "drift", future, f$mean, f$lower, f$upper)
    stopifnot(f$model$par$drift != 0)  # R's divisor switches at drift == 0 (see RandomWalkWithDrift)
    add_summary(name, "drift", c(list(drift = f$model$par$drift, sigma2 = f$model$sigma2), likelihood(lm(d ~ 1))))
  } else {
    d <- diff(v); k <- diff(t); z <- d / sqrt(k); sk <- sqrt(k)
    steps <- future - max(t)
    last <- tail(v, 1)
    q <- qnorm(0.5 + levels / 200)
    fit <- lm(z ~ 0)
    sigma2 <- sum(z^2) / length(z)
    se <- sqrt(sigma2 * steps)
    add_forecast(name, "naive", future, rep(last, h), last - outer(se, q), last + outer(se, q))
    add_summary(name, "naive", c(list(sigma2 = sigma2), likelihood(fit)))

    fit <- lm(z ~ 0 + sk)
    b <- coef(fit)[[1]]
    seb <- coef(summary(fit))[1, 2]
    sigma2 <- sigma(fit)^2
    se <- sqrt(sigma2 * steps + steps^2 * seb^2)
    add_forecast(name, "drift", future, last + b * steps, last + b * steps - outer(se, q), last + b * steps + outer(se, q))
    add_summary(name, "drift", c(list(drift = b, sigma2 = sigma2), likelihood(fit)))
  }

  # linear: y ~ t on the period ordinals themselves.
  fit <- lm(v ~ t)
  p <- lm_forecast(fit, data.frame(t = future))
  add_forecast(name, "linear", future, p$mean, p$lo, p$hi)
  add_summary(name, "linear", c(list(intercept = coef(fit)[[1]], slope = coef(fit)[[2]],
                                     sigma2 = sigma(fit)^2), likelihood(fit)))

  # quadratic: centred at the mean observed ordinal.
  centre <- mean(t)
  fit <- lm(v ~ I(t - centre) + I((t - centre)^2))
  p <- lm_forecast(fit, data.frame(t = future))
  add_forecast(name, "quadratic", future, p$mean, p$lo, p$hi)
  add_summary(name, "quadratic", c(list(intercept = coef(fit)[[1]], slope = coef(fit)[[2]],
                                        curvature = coef(fit)[[3]], centre = centre,
                                        sigma2 = sigma(fit)^2), likelihood(fit)))
  raw <- lm(v ~ t + I(t^2))
  if (!anyNA(coef(raw))) {
    r <- predict(raw, data.frame(t = future), interval = "prediction", level = 0.95)
    cat(sprintf("%-12s quadratic in raw t vs centred: max relative difference %.2g\n",
                name, max(abs(r[, "upr"] - p$hi[, 3]) / abs(p$hi[, 3]))))
  } else {
    cat(sprintf("%-12s quadratic in raw t: lm drops t^2 as aliased\n", name))
  }

  # loglinear: log y ~ t, back-transformed without bias adjustment.
  fit <- lm(log(v) ~ t)
  p <- lm_forecast(fit, data.frame(t = future))
  add_forecast(name, "loglinear", future, exp(p$mean), exp(p$lo), exp(p$hi))
  add_summary(name, "loglinear", c(list(intercept = coef(fit)[[1]], slope = coef(fit)[[2]],
                                        sigma2 = sigma(fit)^2), likelihood(fit)))
  tf <- forecast(tslm(y ~ trend, lambda = 0), h = h, level = levels, biasadj = FALSE)
  stopifnot(isTRUE(all.equal(as.numeric(tf$mean), as.numeric(exp(p$mean)), tolerance = 1e-10)),
            isTRUE(all.equal(as.numeric(tf$upper), as.numeric(exp(p$hi)), tolerance = 1e-10)),
            isTRUE(all.equal(as.numeric(tf$lower), as.numeric(exp(p$lo)), tolerance = 1e-10)))
}

write.csv(do.call(rbind, series_rows), "series.csv", row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, forecast_rows), "forecasts.csv", row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, summary_rows), "summaries.csv", row.names = FALSE, quote = FALSE)
cat("wrote series.csv, forecasts.csv, summaries.csv\n")
