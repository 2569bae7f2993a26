# Reference accuracy measures for Tests/ForecastingTests/AccuracyTests.swift.
#
#   Rscript make-accuracy-fixtures.R     (R 4, forecast 8.20; run in this folder)
#
# For each case: a training series, a forecast from it (any model: the test
# only checks the measures, so it reads the forecast from the fixture), and
# the actuals. MAE, RMSE, MAPE and MASE come from forecast::accuracy() on the
# test set. sMAPE, coverage and the Winkler score have no function in
# `forecast`; they are computed below from their published definitions,
# vectorised in R, independently of the Swift code:
#   sMAPE   = mean(200 |y - f| / (|y| + |f|))             (Makridakis & Hibon 2000)
#   cover_L = 100 * mean(lo_L <= y & y <= hi_L)
#   W_L     = mean((hi - lo) + 2/a (lo - y) [y < lo] + 2/a (y - hi) [y > hi]), a = 1 - L/100
#                                                          (Winkler 1972)
# R's MAPE is Inf when an actual is 0; ChiTieu leaves those points out, so
# the case `with-zero` records MAPE over the non-zero actuals, computed here.
suppressMessages(library(forecast))

levels <- c(80, 95)
cases <- list()

add <- function(name, train, x, fc) {
  cases[[name]] <<- list(train = train, x = x, fc = fc)
}

# Non-seasonal, naive forecast: WWWusage (times 1..100), trained on 1..80.
www_train <- window(WWWusage, end = 80)
add("www-naive", www_train, WWWusage, naive(www_train, h = 10, level = levels))

# Yearly with a missing actual in the test period: Nile, drift from 1950.
nile <- Nile
nile_train <- window(nile, end = 1950)
nile_x <- nile
nile_x[time(nile_x) == 1953] <- NA
add("nile-drift-gap-test", nile_train, nile_x, rwf(nile_train, h = 8, drift = TRUE, level = levels))

# Yearly with gaps in the training data: the MASE scale skips differences
# that touch a missing value (na.rm = TRUE).
nile_gappy <- nile_train
nile_gappy[time(nile_gappy) %in% c(1900, 1901, 1930)] <- NA
add("nile-mean-gap-train", nile_gappy, nile, meanf(nile_gappy, h = 6, level = levels))

# Quarterly: the MASE scale is the seasonal (lag 4) naive error.
gas_train <- window(UKgas, end = c(1982, 4))
add("ukgas-snaive", gas_train, UKgas, snaive(gas_train, h = 8, level = levels))

# Monthly: lag 12, an ETS forecast with asymmetric intervals.
air_train <- window(AirPassengers, end = c(1958, 12))
add("air-ets", air_train, AirPassengers, forecast(ets(air_train, model = "MAM", damped = FALSE), h = 12, level = levels))

# A zero actual (MAPE leaves it out) and values of both signs (sMAPE).
signed <- ts(c(3, -1, 4, 2, -2, 5, 1, 0, -3, 2, 6, 0), start = 2001)
signed_train <- window(signed, end = 2008)
add("with-zero", signed_train, signed, rwf(signed_train, h = 4, drift = TRUE, level = levels))

ordinal <- function(x) round(as.numeric(time(x)) * frequency(x))
num <- function(v) ifelse(is.na(v), "", sprintf("%.17g", v))

series_rows <- c("case,frequency,role,time,value")
forecast_rows <- c("case,time,mean,lo_80,hi_80,lo_95,hi_95")
expected_rows <- c("case,measure,value")
for (name in names(cases)) {
  case <- cases[[name]]
  f <- frequency(case$train)
  series_rows <- c(series_rows, sprintf("%s,%d,train,%d,%s", name, f, ordinal(case$train), num(case$train)))
  test <- window(case$x, start = start(case$fc$mean), end = end(case$fc$mean))
  series_rows <- c(series_rows, sprintf("%s,%d,test,%d,%s", name, f, ordinal(test), num(test)))
  fc <- case$fc
  forecast_rows <- c(forecast_rows, sprintf("%s,%d,%s,%s,%s,%s,%s", name, ordinal(fc$mean), num(fc$mean),
    num(fc$lower[, 1]), num(fc$upper[, 1]), num(fc$lower[, 2]), num(fc$upper[, 2])))

  acc <- accuracy(fc, case$x)["Test set", ]
  y <- as.numeric(test)
  m <- as.numeric(fc$mean)
  ok <- !is.na(y)
  y <- y[ok]
  m <- m[ok]
  mape <- if (any(y == 0)) mean(abs(100 * (y - m) / y)[y != 0]) else acc[["MAPE"]]
  values <- c(mae = acc[["MAE"]], rmse = acc[["RMSE"]], mape = mape, mase = acc[["MASE"]],
              smape = mean(200 * abs(y - m) / (abs(y) + abs(m))), n = length(y))
  for (l in seq_along(levels)) {
    lo <- as.numeric(fc$lower[, l])[ok]
    hi <- as.numeric(fc$upper[, l])[ok]
    a <- 1 - levels[l] / 100
    values[[paste0("coverage_", levels[l])]] <- 100 * mean(lo <= y & y <= hi)
    values[[paste0("winkler_", levels[l])]] <- mean((hi - lo) + 2 / a * (lo - y) * (y < lo) + 2 / a * (y - hi) * (y > hi))
  }
  expected_rows <- c(expected_rows, sprintf("%s,%s,%s", name, names(values), num(values)))
}
writeLines(series_rows, "accuracy-series.csv")
writeLines(forecast_rows, "accuracy-forecasts.csv")
writeLines(expected_rows, "accuracy-expected.csv")
