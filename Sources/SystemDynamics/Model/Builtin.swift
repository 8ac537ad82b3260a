/// The builtin functions and names of the model language and of XMILE's scalar subset (XMILE 1.0 §3.5).
public enum Builtin: String, Sendable, CaseIterable {
    case abs, min, max, exp, ln, log10, sqrt, int, mod, sin, cos, tan, arcsin, arccos, arctan, pi, safediv
    case pulse, step, ramp
    case `init`, previous
    case smth1, smth3, smthn, delay1, delay3, delayn, delay, trend, forcst

    /// Names that read the clock rather than a variable.
    public static let clockNames: Set<String> = ["time", "dt", "starttime", "stoptime"]

    /// Accepted spellings that other tools use for the same function.
    static let aliases: [String: Builtin] = ["delay_fixed": .delay]

    /// The builtin called `name` (canonical spelling), if any.
    public static func named(_ name: String) -> Builtin? { Builtin(rawValue: name) ?? aliases[name] }

    /// How many arguments the function takes.
    public var arity: ClosedRange<Int> {
        switch self {
        case .pi: return 0...0
        case .abs, .exp, .ln, .log10, .sqrt, .int, .sin, .cos, .tan, .arcsin, .arccos, .arctan, .`init`: return 1...1
        case .min, .max, .mod, .step, .previous: return self == .previous ? 1...2 : 2...2
        case .safediv, .ramp: return 2...3
        case .pulse: return 2...3
        case .smth1, .smth3, .delay1, .delay3, .delay, .trend: return 2...3
        case .smthn, .delayn, .forcst: return 3...4
        }
    }

    /// How the call is written, for messages and help.
    public var signature: String {
        switch self {
        case .pi: return "PI()"
        case .abs, .exp, .ln, .log10, .sqrt, .int, .sin, .cos, .tan, .arcsin, .arccos, .arctan:
            return "\(rawValue.uppercased())(x)"
        case .min, .max: return "\(rawValue.uppercased())(a, b)"
        case .mod: return "MOD(a, b)"
        case .safediv: return "SAFEDIV(numerator, denominator[, fallback])"
        case .pulse: return "PULSE(magnitude, first[, interval])"
        case .step: return "STEP(height, start)"
        case .ramp: return "RAMP(slope, start[, end])"
        case .`init`: return "INIT(x)"
        case .previous: return "PREVIOUS(x[, initial])"
        case .smth1, .smth3: return "\(rawValue.uppercased())(input, averaging_time[, initial])"
        case .smthn: return "SMTHN(input, averaging_time, n[, initial])"
        case .delay1, .delay3, .delay: return "\(rawValue.uppercased())(input, delay_time[, initial])"
        case .delayn: return "DELAYN(input, delay_time, n[, initial])"
        case .trend: return "TREND(input, averaging_time[, initial_trend])"
        case .forcst: return "FORCST(input, averaging_time, horizon[, initial_trend])"
        }
    }

    /// True for functions that keep state between steps (they are built from hidden stocks or buffers).
    public var isStateful: Bool {
        switch self {
        case .`init`, .previous, .smth1, .smth3, .smthn, .delay1, .delay3, .delayn, .delay, .trend, .forcst: return true
        case .abs, .min, .max, .exp, .ln, .log10, .sqrt, .int, .mod, .sin, .cos, .tan, .arcsin, .arccos, .arctan, .pi,
            .safediv, .pulse, .step, .ramp:
            return false
        }
    }

    /// Indices of the arguments whose current value the result depends on within the same time step.
    /// Smooths, delays, INIT and PREVIOUS answer from their state, so they break feedback loops; TREND and
    /// FORCST compare their input with a smoothed value, so their input counts.
    var instantaneousArguments: [Int] {
        switch self {
        case .`init`, .previous, .smth1, .smth3, .smthn, .delay1, .delay3, .delayn, .delay: return []
        case .trend: return [0, 1]
        case .forcst: return [0, 1, 2]
        case .abs, .min, .max, .exp, .ln, .log10, .sqrt, .int, .mod, .sin, .cos, .tan, .arcsin, .arccos, .arctan, .pi,
            .safediv, .pulse, .step, .ramp:
            return Array(0..<4)
        }
    }

    /// Indices of the arguments the initial value depends on, given how many arguments the call has.
    /// A smooth with an explicit initial value does not need its input at the start, which is what lets a
    /// variable feed a smooth of itself.
    func initialArguments(count: Int) -> [Int] {
        switch self {
        case .smth1, .smth3: return count > 2 ? [2] : [0]
        case .smthn: return count > 3 ? [3] : [0]
        case .delay1, .delay3, .delay: return count > 2 ? [1, 2] : [0, 1]
        case .delayn: return count > 3 ? [1, 3] : [0, 1]
        case .previous: return count > 1 ? [1] : [0]
        case .`init`, .trend, .forcst, .abs, .min, .max, .exp, .ln, .log10, .sqrt, .int, .mod, .sin, .cos, .tan, .arcsin,
            .arccos, .arctan, .pi, .safediv, .pulse, .step, .ramp:
            return Array(0..<count)
        }
    }
}
