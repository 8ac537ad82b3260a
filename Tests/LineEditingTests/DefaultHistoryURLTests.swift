import Foundation
import Testing

import LineEditing

@Suite("Default history location")
struct DefaultHistoryURLTests {
    @Test("XDG_STATE_HOME wins when it is an absolute path")
    func usesXDGStateHome() {
        let url = LineReader.defaultHistoryURL(
            appName: "quartier", environment: ["XDG_STATE_HOME": "/srv/état", "HOME": "/home/ana"])
        #expect(url?.path(percentEncoded: false) == "/srv/état/quartier/history")
    }

    @Test("without XDG_STATE_HOME, history goes to ~/.local/state")
    func fallsBackToHome() {
        let url = LineReader.defaultHistoryURL(appName: "quartier", environment: ["HOME": "/home/ana"])
        #expect(url?.path(percentEncoded: false) == "/home/ana/.local/state/quartier/history")
    }

    @Test("a relative or empty XDG_STATE_HOME is ignored, as the XDG specification requires",
          arguments: ["", "state", "./state"])
    func ignoresRelativeXDGStateHome(value: String) {
        let url = LineReader.defaultHistoryURL(
            appName: "quartier", environment: ["XDG_STATE_HOME": value, "HOME": "/home/ana"])
        #expect(url?.path(percentEncoded: false) == "/home/ana/.local/state/quartier/history")
    }

    @Test("with neither variable there is no history file")
    func noLocation() {
        #expect(LineReader.defaultHistoryURL(appName: "quartier", environment: [:]) == nil)
        #expect(LineReader.defaultHistoryURL(appName: "quartier", environment: ["HOME": "relative"]) == nil)
    }
}
