/// A group's prediction of an output, recorded before the run that reveals it (En-ROADS workshops).
struct Prediction: Sendable, Hashable, Codable {
    /// The output predicted.
    var output: String
    /// The value predicted.
    var value: Double
    /// The year the prediction is about (the end of the run when nil, in session files written before the
    /// year was always recorded).
    var year: Double?
    /// The plan it was made for.
    var plan: String
}
