import EstateModel

/// The outputs that `run`, `compare` and `replay` show by default, in the REPL and the batch commands
/// alike: overall and per-domain satisfaction, the living environment, the service and the money
/// (MODEL.md's headline indicators).
public enum HeadlineOutputs {
    /// The identifiers, in the order of the tables.
    public static let identifiers = [
        "satisfaction", "satisfaction_requests", "satisfaction_cleanliness", "safety", "trust", "cohesion",
        "incivilities", "building_condition", "handling_delay_days", "vacancy", "charges_per_month",
    ]

    /// The headline outputs of `model`, in table order (an identifier the model lacks is left out).
    public static func outputs(of model: EstateModel) -> [OutputVariable] {
        identifiers.compactMap { id in model.outputs.first { $0.id == id } }
    }
}
