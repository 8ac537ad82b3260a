extension Model {
    /// Reads an XMILE 1.0 model: the scalar subset (stocks, flows, auxiliaries, inline graphical functions,
    /// the builtins of ``Builtin``, `sim_specs`, `behavior`). Auxiliaries whose equation is a number become
    /// parameters, so runs can change them.
    /// - Parameters:
    ///   - xmile: the document's text.
    ///   - fileName: the name used in messages.
    /// - Throws: ``ModelError`` with every error found: malformed XML (with line and column), constructs
    ///   outside the subset (arrays, modules, conveyors, queues, macros, named graphical functions), and
    ///   everything the model language's checks find.
    public init(xmile: String, fileName: String) throws(ModelError) {
        let root = try XMLTree.parse(xmile, file: fileName)
        var reader = XMILEReader(file: fileName)
        let declarations = reader.read(root)
        try self.init(declarations: declarations, fileName: fileName, specsLocation: declarations.specsLocation)
    }

    /// The model as an XMILE 1.0 document that PySD, simlin and Stella can open: parameters are written as
    /// auxiliaries with constant equations, graphs as inline `<gf>`, meanings as `<doc>`. Reading it back
    /// with ``init(xmile:fileName:)`` gives a model that runs to the same series.
    public func xmile() -> String { XMILEWriter(model: self).document() }
}
