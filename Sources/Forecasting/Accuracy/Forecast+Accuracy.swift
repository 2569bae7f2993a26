extension Forecast {
    /// The accuracy of this forecast against the values that came, as R's
    /// `forecast::accuracy(f, x)` gives it for the test set: `actuals` holds
    /// the observed values (the test periods, or the whole series), matched
    /// to the forecast by period; `training` is the data the model was
    /// fitted on, which sets the MASE scale (`NaiveScale`).
    public func accuracy(against actuals: TimeSeries, training: TimeSeries) -> AccuracyMeasures {
        AccuracyMeasures(points: scored(against: actuals, scale: NaiveScale.scale(of: training)), levels: levels)
    }
}
