# Reference runs of R's optim() for the Optimization tests: the same
# problems, starts and controls, with R's result, value and counts.
# Regenerate from the repository root:
#   Rscript Tests/OptimizationTests/Fixtures/make-optim-fixtures.R
problems <- list(
  rosenbrock = list(f = function(x) 100 * (x[2] - x[1]^2)^2 + (1 - x[1])^2, start = c(-1.2, 1)),
  quadratic3 = list(f = function(x) sum((x - c(1, -2, 3))^2 * c(1, 10, 100)), start = c(0, 0, 0)),
  beale = list(f = function(x) (1.5 - x[1] + x[1] * x[2])^2 + (2.25 - x[1] + x[1] * x[2]^2)^2 + (2.625 - x[1] + x[1] * x[2]^3)^2, start = c(1, 1)),
  # Rejects a region by returning Inf, as bounded models do.
  bounded = list(f = function(x) if (x[1] <= 0) Inf else (log(x[1]) - 1)^2 + (x[2] - x[1])^2, start = c(0.5, 0.5)),
  powell = list(f = function(x) (x[1] + 10 * x[2])^2 + 5 * (x[3] - x[4])^2 + (x[2] - 2 * x[3])^4 + 10 * (x[1] - x[4])^4, start = c(3, -1, 0, 1))
)
rows <- list()
for (name in names(problems)) {
  p <- problems[[name]]
  for (method in c("Nelder-Mead", "BFGS")) {
    if (method == "BFGS" && name == "bounded") next
    for (scaled in c(FALSE, TRUE)) {
      if (scaled && method == "Nelder-Mead") next
      control <- if (scaled) list(parscale = seq_along(p$start) * 2) else list()
      r <- optim(p$start, p$f, method = method, control = control)
      rows[[length(rows) + 1]] <- data.frame(
        problem = name, method = method, parscale = if (scaled) paste(control$parscale, collapse = ";") else "",
        start = paste(p$start, collapse = ";"),
        par = paste(sprintf("%.17g", r$par), collapse = ";"), value = sprintf("%.17g", r$value),
        fn_count = r$counts[[1]], gr_count = ifelse(is.na(r$counts[[2]]), 0, r$counts[[2]]), convergence = r$convergence)
    }
  }
}
write.csv(do.call(rbind, rows), "Tests/OptimizationTests/Fixtures/optim.csv", row.names = FALSE)
