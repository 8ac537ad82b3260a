import EstateModel
import Foundation
import SystemDynamics

/// The value a parameter has in a scenario: the scenario's own value, or else the model's.
public enum ParameterValue {
    /// The scenario's value of `variable`, or the model's literal value; nil for a parameter the model
    /// computes from others and the scenario does not set.
    public static func current(_ variable: Variable, in scenario: Scenario) -> Double? {
        scenario.parameterValues[variable.name] ?? Double(variable.equation.trimmingCharacters(in: .whitespaces))
    }

    /// The value written for users: the number, or the model's expression for a derived parameter.
    static func text(_ variable: Variable, in scenario: Scenario, numbers: NumberFormatting) -> String {
        guard let value = current(variable, in: scenario) else { return "= " + variable.equation }
        return text(value, numbers: numbers)
    }

    /// A parameter's range written for users: `low .. high`, each bound as ``text(_:numbers:)`` writes it.
    public static func text(_ range: ClosedRange<Double>, numbers: NumberFormatting) -> String {
        "\(text(range.lowerBound, numbers: numbers)) .. \(text(range.upperBound, numbers: numbers))"
    }

    /// A parameter value or range bound written for users, the same way in every report and REPL
    /// message: thousands grouped from 10 000, decimals only as many as the value has (up to 4), and
    /// scientific notation beyond 10¹² (a value no parameter range admits, echoed in an error).
    public static func text(_ value: Double, numbers: NumberFormatting) -> String {
        guard value.isFinite, abs(value) < 1e12 else {
            return value.isFinite ? String(format: "%.3g", value) : numbers.decimal(value, fractionDigits: 0)
        }
        var digits = 0
        while digits < 4, abs(value * pow(10, Double(digits)) - (value * pow(10, Double(digits))).rounded()) > 1e-9 * max(1, abs(value)) {
            digits += 1
        }
        return numbers.decimal(value, fractionDigits: digits, grouping: abs(value) >= 10_000)
    }
}
