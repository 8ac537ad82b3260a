import Testing

@testable import LineEditing

@Suite("History error messages")
struct HistoryErrorTests {
    @Test("the message names the file, the cause and a remedy, in English and in French")
    func messages() {
        let error = HistoryError(operation: .save, path: "/home/ana/.local/state/quartier/history",
                                 reason: "No space left on device")
        #expect(error.description == error.message(inFrench: false))
        #expect(error.message(inFrench: false) == "Cannot save the command history to "
            + "/home/ana/.local/state/quartier/history: No space left on device. Commands will not be "
            + "remembered; check the permissions and free disk space.")
        #expect(error.message(inFrench: true) == "Impossible d'enregistrer l'historique des commandes dans "
            + "/home/ana/.local/state/quartier/history : No space left on device. Les commandes ne seront "
            + "pas mémorisées ; vérifiez les droits et l'espace disque.")
    }
}
