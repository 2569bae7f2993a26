#!/usr/bin/env Rscript
# Reference fits of rank-deficient and edge-case designs for LinearAlgebraTests,
# by R's own lm(y ~ 0 + X) (LINPACK dqrdc2, tol = 1e-7): which columns lm
# aliases (coefficient NA), its rank, residual degrees of freedom, deviance
# (RSS) and summary()$cov.unscaled over the kept columns (NA rows/columns for
# aliased ones). Writes aliasing.json; matrices are column-major, NA -> null.
#
# Run: Rscript make-aliasing.R   (R 4.x with jsonlite)
library(jsonlite)
set.seed(2014)

# jsonlite prints at most 15 significant digits; 17 round-trip a double exactly.
exact <- function(v) structure(paste0("[", paste(ifelse(is.na(v), "null", sprintf("%.17g", v)), collapse = ","), "]"),
                               class = "json")

fit_case <- function(name, X, Y, tolerance, note) {
  X <- as.matrix(X); Y <- as.matrix(Y)
  p <- ncol(X); k <- ncol(Y)
  colnames(X) <- paste0("x", seq_len(p))
  coefficients <- matrix(NA_real_, p, k)
  rss <- numeric(k)
  # New points for predict(): the first row, the column means, and an
  # extrapolation beyond the last row.
  X0 <- rbind(X[1, ], colMeans(X), 2 * X[nrow(X), ] - X[1, ])
  predictions <- matrix(NA_real_, nrow(X0), k)
  for (j in seq_len(k)) {
    fit <- lm(y ~ 0 + X, data = data.frame(y = Y[, j], X = I(X)))
    predicted <- suppressWarnings(predict(fit, newdata = data.frame(X = I(X0)), se.fit = TRUE))
    predictions[, j] <- unname(predicted$fit)
    # se.fit^2 / sigma^2 = x0' (X1'X1)^-1 x0; undefined when sigma is (df = 0).
    variance <- if (fit$df.residual > 0) unname((predicted$se.fit / predicted$residual.scale)^2) else rep(NA_real_, nrow(X0))
    coefficients[, j] <- unname(coef(fit))
    rss[j] <- deviance(fit)
    rank <- fit$rank
    df <- fit$df.residual
    aliased <- unname(is.na(coef(fit)))
    kept <- which(!aliased)
    covariance <- matrix(NA_real_, p, p)
    if (rank > 0) covariance[kept, kept] <- suppressWarnings(summary(fit))$cov.unscaled
  }
  list(name = name, note = note, rows = nrow(X), columns = p,
       design = exact(as.vector(X)), responseCount = k, responses = exact(as.vector(Y)),
       coefficients = exact(as.vector(coefficients)), residualSumOfSquares = exact(rss),
       rank = rank, residualDegreesOfFreedom = df, aliased = aliased,
       unscaledCovariance = exact(as.vector(covariance)), relativeTolerance = tolerance,
       newPointCount = nrow(X0), newPoints = exact(as.vector(t(X0))),
       predictions = exact(as.vector(predictions)), unscaledPredictionVariance = exact(variance))
}

x <- as.numeric(1:10)
trend <- function(n, t) cbind(3 + 2 * t + rnorm(n), -1 + 0.5 * t + rnorm(n, sd = 0.3))

cases <- list(
  fit_case("two-points-three-columns", cbind(1, c(1, 2), c(1, 4)), cbind(c(3, 5), c(-1, 2)), 1e-12,
           "n = 2 < p = 3: lm keeps 1 and x, aliases x^2, exact fit"),
  fit_case("three-points-four-columns", cbind(1, c(0, 1, 3), c(0, 2, 6), c(1, -1, 4)), cbind(c(2, 1, 7)), 1e-12,
           "n = 3 < p = 4 with x3 = 2 x2: lm aliases x3, keeps x4"),
  fit_case("square-exact", cbind(1, c(1, 2, 3), c(1, 4, 9)), cbind(c(2, 3, 7), c(0, 0, 1)), 1e-12,
           "n = p = 3, full rank: exact fit, no residual degrees of freedom"),
  fit_case("constant-response", cbind(1, x - 5.5), cbind(rep(7, 10), rep(-0.25, 10)), 1e-12,
           "y constant: slope 0, RSS 0"),
  fit_case("x-and-2x", cbind(1, x, 2 * x), trend(10, x), 1e-12,
           "lm keeps x (the earlier column) and aliases 2x"),
  fit_case("intercept-and-constant", cbind(1, x, 5), trend(10, x), 1e-12,
           "lm keeps the intercept and aliases the constant column 5"),
  fit_case("constant-before-intercept", cbind(5, 1, x), trend(10, x), 1e-12,
           "the earlier column wins: lm keeps the constant 5 and aliases the intercept"),
  fit_case("zero-column", cbind(1, 0, x), trend(10, x), 1e-12,
           "an all-zero column is aliased"),
  fit_case("collinear-middle", cbind(x, 2 * x, sin(x)), trend(10, x), 1e-12,
           "a dependent middle column is aliased and the later independent one kept"),
  fit_case("near-collinear", cbind(1, x, x + 1e-9 * sin(x)), trend(10, x), 1e-12,
           "x + 1e-9 sin(x) lies within tol = 1e-7 of span(1, x): aliased"),
  fit_case("raw-year-quadratic", cbind(1, 2000:2014, (2000:2014)^2), trend(15, 1:15) + cbind((1:15)^2 / 10, 0), 1e-8,
           "cond ~ 1e12 but no column within tol of the others: lm keeps all three")
)

writeLines(toJSON(list(generator = "make-aliasing.R (R lm)", rVersion = R.version.string, cases = cases),
                  auto_unbox = TRUE, json_verbatim = TRUE, na = "null", pretty = TRUE),
           "aliasing.json")
for (c in cases) cat(sprintf("%-28s rank %d of %d, aliased: %s\n", c$name, c$rank, c$columns,
                             paste(which(c$aliased), collapse = " ")))
