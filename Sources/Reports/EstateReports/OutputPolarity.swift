/// Which way an output improves, so that differences are coloured green when a plan does better.
public enum OutputPolarity {
    /// Outputs where less is better: disorder, delays, departures, empty dwellings and money spent
    /// (docs/estate-model.md: every other output is a share satisfied, a condition or a level of trust).
    static let lowerIsBetter: Set<String> = [
        "incivilities", "backlog", "handling_delay_days", "turnover", "vacancy", "charges_per_month",
        "cost_cumulative",
    ]

    /// Whether an increase of `output` is an improvement.
    public static func higherIsBetter(_ output: String) -> Bool { !lowerIsBetter.contains(output) }
}
