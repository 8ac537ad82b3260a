import Foundation
import Localization

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One XML element read from a file, with where its start tag is, so that messages about XMILE point at it.
struct XMLNode: Sendable {
    /// The tag as written, prefix included (`sim_specs`, `isee:prefs`).
    var name: String
    /// Attributes as written (namespace declarations included).
    var attributes: [String: String]
    /// Child elements in document order.
    var children: [XMLNode] = []
    /// The element's own character data (text and CDATA), entities decoded.
    var text = ""
    /// Where the start tag begins.
    var location: SourceLocation
    /// Where the first character after the start tag is: the element's text starts there.
    var contentLocation: SourceLocation

    /// True for a vendor extension (`isee:…`, `vensim:…`): other tools' elements and attributes say how to
    /// draw or run the model in their own software and are not part of XMILE's meaning.
    var isVendorExtension: Bool { name.contains(":") }

    /// The first child with this tag.
    func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }

    /// Every child with this tag.
    func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

    /// The text trimmed of surrounding white space.
    var trimmedText: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// Reads XML text into an ``XMLNode`` tree with Foundation's `XMLParser` (libxml2 on Linux). The first
/// well-formedness error stops the reading and is reported with its line and column.
enum XMLTree {
    /// The root element of `text`.
    /// - Throws: ``ModelError`` with the place and nature of the first XML error.
    static func parse(_ text: String, file: String) throws(ModelError) -> XMLNode {
        let builder = XMLTreeBuilder(file: file, lines: text.split(separator: "\n", omittingEmptySubsequences: false))
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = builder
        // Never fetch anything named in the file: a model file must not make the reader touch the network
        // or other files.
        parser.shouldResolveExternalEntities = false
        let finished = parser.parse()
        if let failure = builder.failure { throw ModelError([failure]) }
        guard finished, let root = builder.root else {
            throw ModelError([
                Diagnostic(
                    .error,
                    LocalizedText(
                        fr: "Le fichier n'est pas du XML lisible. Un fichier XMILE commence par <xmile …> (vérifiez que c'est le bon fichier).",
                        en: "The file is not readable XML. An XMILE file starts with <xmile …> (check that it is the right file)."),
                    at: SourceLocation(file: file, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)))
            ])
        }
        return root
    }
}

/// The `XMLParser` delegate that builds the tree. Used by one parse on one thread, then read.
private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
    let file: String
    let lines: [Substring]
    var stack: [XMLNode] = []
    var root: XMLNode?
    var failure: Diagnostic?

    init(file: String, lines: [Substring]) {
        self.file = file
        self.lines = lines
    }

    /// libxml2 reports the position at the end of the start tag; the tag's `<` is found by searching
    /// backwards on that line (the whole tag is almost always on one line; if not, the reported place is kept).
    func startLocation(of name: String, line: Int, column: Int) -> SourceLocation {
        guard lines.indices.contains(line - 1) else { return SourceLocation(file: file, line: max(1, line), column: max(1, column)) }
        let characters = Array(lines[line - 1])
        let needle = Array("<" + name)
        var index = min(characters.count, max(0, column)) - needle.count
        while index >= 0 {
            if Array(characters[index..<(index + needle.count)]) == needle {
                return SourceLocation(file: file, line: line, column: index + 1)
            }
            index -= 1
        }
        return SourceLocation(file: file, line: line, column: max(1, column))
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        let line = parser.lineNumber
        let column = parser.columnNumber
        stack.append(
            XMLNode(
                name: elementName, attributes: attributes, location: startLocation(of: elementName, line: line, column: column),
                contentLocation: SourceLocation(file: file, line: line, column: column + 1)))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil, let node = stack.popLast() else { return }
        if stack.isEmpty {
            root = node
        } else {
            stack[stack.count - 1].children.append(node)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil, !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard failure == nil, !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        let code = (parseError as NSError).code
        // libxml2's namespace warnings (99–100: a namespace URI is relative) and namespace errors (200–299:
        // an undeclared prefix such as `isee:`) do not break the XML; Stella writes such files, and vendor
        // elements are skipped anyway.
        guard failure == nil, !(99...100).contains(code), !(200...299).contains(code) else { return }
        failure = Diagnostic(
            .error,
            LocalizedText(
                fr: "Ce n'est pas du XML bien formé : \(Self.explain(code).fr) (erreur XML \(code)). Corrigez le fichier, ou exportez-le à nouveau depuis l'outil qui l'a écrit.",
                en: "This is not well-formed XML: \(Self.explain(code).en) (XML error \(code)). Fix the file, or re-export it from the tool that wrote it."),
            at: SourceLocation(file: file, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)))
        parser.abortParsing()
    }

    /// Plain words for the libxml2 error codes (`xmlParserErrors` in libxml2's xmlerror.h) that a truncated,
    /// hand-edited or foreign file produces most. The numbers are libxml2's own: on Linux, Foundation's
    /// `XMLParser.ErrorCode` does not line up with them.
    static func explain(_ code: Int) -> LocalizedText {
        switch code {
        case 3, 4:
            LocalizedText(
                fr: "le fichier ne contient aucun élément XML (un fichier XMILE commence par <xmile …>)",
                en: "the file holds no XML element (an XMILE file starts with <xmile …>)")
        case 5, 77:
            LocalizedText(
                fr: "le fichier se termine avant que chaque élément soit fermé, ou continue après son dernier élément",
                en: "the file ends before every element is closed, or goes on after its last element")
        case 9: LocalizedText(fr: "le fichier contient un caractère que XML n'autorise pas", en: "the file contains a character that XML does not allow")
        case 14...17, 22...30, 36, 37, 89:
            LocalizedText(
                fr: "un « & » commence une entité inconnue ou inachevée (écrivez &amp; pour un « & » littéral, &lt; pour « < »)",
                en: "an '&' starts an unknown or unfinished entity (write &amp; for a literal '&', &lt; for '<')")
        case 38: LocalizedText(fr: "une valeur d'attribut contient « < » (écrivez &lt;)", en: "an attribute value contains '<' (write &lt;)")
        case 39...41:
            LocalizedText(
                fr: "une valeur d'attribut doit être écrite entre guillemets, comme name=\"valeur\"",
                en: "an attribute value must be written in quotes, as name=\"value\"")
        case 42: LocalizedText(fr: "un attribut est donné deux fois dans la même balise", en: "an attribute is given twice in the same tag")
        case 68, 72...74: LocalizedText(fr: "une balise est mal formée", en: "a tag is malformed")
        case 76: LocalizedText(fr: "une balise fermante ne correspond pas à l'élément qu'elle ferme", en: "a closing tag does not match the element it closes")
        case 85: LocalizedText(fr: "les éléments ne sont pas correctement imbriqués", en: "the elements are not properly nested")
        case 86: LocalizedText(fr: "il y a du contenu après la fin de l'élément racine", en: "there is content after the end of the root element")
        default: LocalizedText(fr: "la syntaxe XML est cassée ici", en: "the XML syntax is broken here")
        }
    }
}
