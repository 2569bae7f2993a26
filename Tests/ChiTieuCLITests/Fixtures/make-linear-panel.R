# Fixture for the command-line test of `chitieu forecast --model linear`:
# a small panel in the observations format and R's lm prediction intervals
# for it. Regenerate from the repository root with
#   Rscript Tests/ChiTieuCLITests/Fixtures/make-linear-panel.R
# Series: Nile flow 1901-1912 (datasets::Nile), LakeHuron 1950-1961 with
# 1955 missing (a gap), and a generated series (seed 20140601) with a
# negative trend; one unit per series.
set.seed(20140601)
out <- "Tests/ChiTieuCLITests/Fixtures/linear-panel"
dir.create(out, showWarnings = FALSE, recursive = TRUE)

nile <- window(Nile, 1901, 1912)
huron <- window(LakeHuron, 1950, 1961); huron[6] <- NA
gen <- ts(round(500 - 7.5 * (1:10) + rnorm(10, sd = 12), 3), start = 2004)
series <- list(nile = nile, huron = huron, generated = gen)

obs <- do.call(rbind, lapply(names(series), function(u) {
  y <- series[[u]]
  data.frame(unit = u, indicator = "flow", period = as.integer(time(y)),
             value = ifelse(is.na(y), "", sprintf("%.15g", as.numeric(y))))
}))
write.csv(obs, file.path(out, "observations.csv"), row.names = FALSE, quote = FALSE)

h <- 3; levels <- c(80, 95)
exp <- do.call(rbind, lapply(names(series), function(u) {
  y <- series[[u]]; t <- as.numeric(time(y))
  fit <- lm(y ~ t)
  newt <- max(t) + 1:h
  rows <- data.frame(unit = u, indicator = "flow", period = newt, model = "linear",
                     mean = predict(fit, data.frame(t = newt)))
  for (L in levels) {
    p <- predict(fit, data.frame(t = newt), interval = "prediction", level = L / 100)
    rows[[paste0("lo_", L)]] <- p[, "lwr"]; rows[[paste0("hi_", L)]] <- p[, "upr"]
  }
  rows
}))
num <- sapply(exp, is.numeric) & names(exp) != "period"
exp[num] <- lapply(exp[num], function(x) sprintf("%.17g", x))
write.csv(exp, file.path(out, "expected-linear.csv"), row.names = FALSE, quote = FALSE)
