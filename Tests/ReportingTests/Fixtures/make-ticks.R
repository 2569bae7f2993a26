# Axis ticks of the review's charts, from R's pretty() (base R 4.x).
# SVGChart.niceAxis follows pretty()'s choice of a 1-2-5 step with its
# default biases (high.u.bias = 1.5, u5.bias = 0.5 + 1.5 * 1.5), but not its
# min.n rule, so the cases are ranges where that rule does not act.
# Run: Rscript make-ticks.R  (writes ticks.csv beside this script)
cases <- list(
  c(0, 97, 5),
  c(2010, 2260, 5),
  c(1512.4, 2391.7, 5),
  c(0, 0.183, 4),
  c(11.2, 16.9, 5),
  c(-3.5, 7.2, 5),
  c(0, 0.0412, 4),
  c(0.1, 0.35, 4),
  c(0, 1, 5),
  c(187.2, 188.9, 5)
)
rows <- do.call(rbind, lapply(cases, function(k) {
  t <- pretty(c(k[1], k[2]), n = k[3])
  data.frame(lo = k[1], hi = k[2], n = k[3], ticks = paste(format(t, scientific = FALSE, trim = TRUE), collapse = " "))
}))
write.csv(rows, "ticks.csv", row.names = FALSE, quote = FALSE)
