# Cross-check of reconciliation.json (make-mint.py) in R, with the formulas
# of R's hts and fabletools as their sources state them: hts:::shrink.estim
# (lowerD target, crossprod(res) / nrow(res), cov2cor, scale without
# centring) and fabletools' dense min_trace: R <- t(S) %*% solve(W);
# P <- solve(R %*% S) %*% R. The hts package itself could not be installed
# here (not in Debian bookworm, CRAN unreachable), so its two functions are
# restated below from its source (earowang/hts, R/MinT.R).
#
#   Rscript Tests/PlanningTests/Fixtures/make-mint-r.R
#
# Writes reconciliation-r.json: λ and the MinT forecasts of the cases
# without missing residuals or zero-variance columns (R has no rule for
# those; ChiTieu's are in ShrinkageCovariance.swift).
library(jsonlite)

args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
fixture <- fromJSON(file.path(here, "reconciliation.json"), simplifyVector = FALSE)

lowerD <- function(x) {
  n <- nrow(x)
  diag(apply(x, 2, crossprod) / n)
}

shrink.estim <- function(x, tar) {
  n <- nrow(x)
  covm <- crossprod(x) / n
  corm <- cov2cor(covm)
  xs <- scale(x, center = FALSE, scale = sqrt(diag(covm)))
  v <- (1 / (n * (n - 1))) * (crossprod(xs^2) - 1 / n * (crossprod(xs))^2)
  diag(v) <- 0
  corapn <- cov2cor(tar)
  d <- (corm - corapn)^2
  lambda <- sum(v) / sum(d)
  lambda <- max(min(lambda, 1), 0)
  list(cov = lambda * tar + (1 - lambda) * covm, lambda = lambda)
}

rows <- function(x) do.call(rbind, lapply(x, function(r) as.numeric(unlist(lapply(r, function(v) if (is.null(v)) NA else v)))))

out <- list()
for (case in fixture$cases) {
  res <- rows(case$residuals)
  if (anyNA(res) || any(colSums(res^2) == 0)) next
  S <- rows(case$summing)
  base <- rows(case$base)                     # n x H
  shrunk <- shrink.estim(res, lowerD(res))
  W <- shrunk$cov
  R <- t(S) %*% solve(W)
  P <- solve(R %*% S) %*% R
  mint <- S %*% P %*% base
  cat(sprintf("%s: lambda = %.12g (numpy %.12g), max |R - numpy| reconciled = %.3g\n",
              case$name, shrunk$lambda, case$lambda, max(abs(mint - rows(case$mint)))))
  out[[length(out) + 1]] <- list(name = case$name, lambda = shrunk$lambda,
                                 mint = lapply(seq_len(nrow(mint)), function(i) mint[i, ]))
}
writeLines(toJSON(list(source = paste("make-mint-r.R,", R.version.string), cases = out),
                  auto_unbox = TRUE, digits = NA, pretty = TRUE),
           file.path(here, "reconciliation-r.json"))
