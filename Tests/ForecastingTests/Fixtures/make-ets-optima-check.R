#!/usr/bin/env Rscript
# Re-evaluates, with R's own code, the ETS optima ChiTieu found beyond R's
# (log-likelihood higher by more than 1): R's likelihood at our parameters and
# initial states (ets(y, model = fit, use.initial.values = TRUE)) must equal
# ours, and check.param must accept the parameters (bounds = "both").
#
#   ETS_DUMP_OPTIMA=/tmp/ets-gains.csv swift test --filter dumpOptimaBeyondRs
#   Rscript Tests/ForecastingTests/Fixtures/make-ets-optima-check.R /tmp/ets-gains.csv
#
# Writes nothing; prints one line per fit and stops if any check fails.
suppressPackageStartupMessages(library(forecast))
m3 <- read.csv("/work/shared/data/m3-yearly/m3-yearly.csv")
m3series <- function(id) { d <- m3[m3$series_id == id, ]; ts(d$value, start = as.integer(d$timestamp[1]), frequency = 1) }
series <- list(Nile = Nile, LakeHuron = LakeHuron, lynx = lynx, WWWusage = WWWusage, austres = austres, UKgas = UKgas,
  USAccDeaths = USAccDeaths, AirPassengers = AirPassengers, nottem = nottem, ldeaths = ldeaths,
  co2 = window(co2, start = c(1990, 1)), Y1 = m3series("Y1"), Y100 = m3series("Y100"), Y250 = m3series("Y250"), Y645 = m3series("Y645"))
args <- commandArgs(trailingOnly = TRUE)
lines <- readLines(if (length(args)) args[1] else "/tmp/ets-gains.csv")
bad <- 0
worst <- 0
for (ln in lines) {
  f <- strsplit(ln, ",")[[1]]
  y <- series[[f[1]]]; code <- f[2]
  damped <- grepl("d", code); spec <- sub("d", "", code)
  fit <- ets(y, model = spec, damped = damped)
  v <- as.numeric(f[3:6]); ours <- as.numeric(f[7]); st <- as.numeric(f[8:length(f)])
  fit$par["alpha"] <- v[1]
  if (!is.na(fit$par["beta"])) fit$par["beta"] <- v[2]
  if (!is.na(fit$par["gamma"])) fit$par["gamma"] <- v[3]
  if (!is.na(fit$par["phi"])) fit$par["phi"] <- v[4]
  fit$initstate <- st
  refit <- ets(y, model = fit, use.initial.values = TRUE)
  d <- refit$loglik - ours
  worst <- max(worst, abs(d))
  ok <- forecast:::check.param(v[1], if (is.na(fit$par["beta"])) NULL else v[2], if (is.na(fit$par["gamma"])) NULL else v[3],
                               if (is.na(fit$par["phi"])) NULL else v[4], c(rep(1e-4, 3), 0.8), c(rep(0.9999, 3), 0.98), "both", frequency(y))
  if (abs(d) > 1e-6 * abs(ours) || !ok) bad <- bad + 1
  cat(sprintf("%-14s %-5s R at our parameters %.6f ours %.6f (diff %.2e) R's own %.4f  in R's space: %d\n", f[1], code, refit$loglik, ours, d, fit$loglik, ok))
}
cat(length(lines), "fits; worst |R's loglik at our optimum - ours|:", worst, "\n")
if (bad > 0) stop(bad, " fits fail the check")
