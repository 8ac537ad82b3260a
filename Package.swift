// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Quartier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "quartier", targets: ["quartier"]),
        .library(name: "SystemDynamics", targets: ["SystemDynamics"]),
        .library(name: "EstateModel", targets: ["EstateModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The generic system-dynamics engine: model language, XMILE, checking, compilation, integration.
        .target(name: "SystemDynamics", dependencies: ["Localization"]),
        // French and English texts: the user's language and texts given in both.
        .target(name: "Localization"),
        // The housing-estate model, its scenarios, action plans, costs and simulated surveys.
        .target(
            name: "EstateModel",
            dependencies: ["SystemDynamics", "Localization", "Yams"],
            resources: [.copy("Resources/estate.sdm")]
        ),
        // Text renderings shared by the command line and the REPL: tables, charts, CSV, JSON, messages.
        .target(name: "Reports", dependencies: ["EstateModel", "Localization", "SystemDynamics"]),
        // The system C library libedit (readline-compatible API).
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // A small line-reader type over libedit, with a plain path when input is not a terminal.
        .target(name: "LineEditing", dependencies: ["CLibEdit"]),
        // The interactive session: commands, undo/redo, workshop support; no terminal I/O of its own.
        .target(name: "REPL", dependencies: ["EstateModel", "Localization", "Reports", "SystemDynamics"]),
        .executableTarget(
            name: "quartier",
            dependencies: [
                "REPL", "LineEditing", "Localization", "Reports", "EstateModel", "SystemDynamics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "quartier-bench", dependencies: ["SystemDynamics", "EstateModel", "REPL", "Localization"]),
        .testTarget(name: "SystemDynamicsTests", dependencies: ["SystemDynamics"]),
        .testTarget(name: "EstateModelTests", dependencies: ["EstateModel", "SystemDynamics"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "ReportsTests", dependencies: ["Localization", "Reports"]),
        .testTarget(name: "REPLTests", dependencies: ["REPL", "LineEditing", "Localization", "Reports", "EstateModel"]),
        .testTarget(name: "EndToEndTests", dependencies: ["quartier"]),
    ]
)
