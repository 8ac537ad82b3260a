import Localization
@testable import Reports
import Testing

@Suite("Language from the environment")
struct LanguageTests {
    @Test("a French LANG gives French")
    func frenchLang() {
        #expect(Language.fromEnvironment(["LANG": "fr_FR.UTF-8"]) == .fr)
        #expect(Language.fromEnvironment(["LANG": "fr"]) == .fr)
    }

    @Test("anything else, or nothing, gives English")
    func otherwiseEnglish() {
        #expect(Language.fromEnvironment(["LANG": "en_GB.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "de_DE.UTF-8"]) == .en)
        #expect(Language.fromEnvironment([:]) == .en)
    }

    @Test("LC_ALL overrides LC_MESSAGES, which overrides LANG")
    func precedence() {
        #expect(Language.fromEnvironment(["LC_ALL": "C", "LANG": "fr_FR.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "fr_BE.UTF-8", "LANG": "en_US.UTF-8"]) == .fr)
        #expect(Language.fromEnvironment(["LC_ALL": "fr_CA.UTF-8", "LC_MESSAGES": "en_US"]) == .fr)
    }

    @Test("an empty variable is skipped, as POSIX says")
    func emptyIsSkipped() {
        #expect(Language.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "", "LANG": "fr_FR.UTF-8"]) == .fr)
    }
}

@Suite("Localised messages")
struct LocalizedMessageTests {
    /// A catalogue as the REPL would write one.
    enum Greeting: LocalizedMessage {
        case welcome(name: String)
        case goodbye

        var localized: LocalizedText {
            switch self {
            case .welcome(let name): LocalizedText(fr: "Bienvenue, \(name) !", en: "Welcome, \(name)!")
            case .goodbye: LocalizedText(fr: "Au revoir", en: "Goodbye")
            }
        }
    }

    @Test("a catalogue case reads in each language")
    func catalogue() {
        #expect(Greeting.welcome(name: "Zoé").text(in: .fr) == "Bienvenue, Zoé !")
        #expect(Greeting.welcome(name: "Zoé").text(in: .en) == "Welcome, Zoé!")
        #expect(Greeting.goodbye.text(in: .fr) == "Au revoir")
    }

    @Test("a text gives the translation asked for")
    func text() {
        let text = LocalizedText(fr: "Écart", en: "Difference")
        #expect(text.text(in: .fr) == "Écart")
        #expect(text.text(in: .en) == "Difference")
    }
}
