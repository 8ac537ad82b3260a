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
        let digits = value == value.rounded() ? 0 : min(4, max(1, 3 - Int(log10(max(abs(value), 1e-9)).rounded(.down))))
        return numbers.decimal(value, fractionDigits: digits, grouping: abs(value) >= 10_000)
    }
}
