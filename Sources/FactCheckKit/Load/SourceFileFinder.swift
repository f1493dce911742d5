import Foundation

/// Finds the source files under a path (see `SourceFormat`), walking sub-folders, skipping the rest.
enum SourceFileFinder {
    static func files(at path: String) throws -> (files: [String], issues: [LoadIssue]) {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw LoadError.missing(path) }
        guard isDir.boolValue else {
            if SourceFormat(path: path) != nil { return ([path], []) }
            return ([], [LoadIssue(path: path, line: nil, message: "not a \(SourceFormat.extensionsList) source", isWarning: false)])
        }
        var files: [String] = []
        var issues: [LoadIssue] = []
        var visited: Set<String> = []
        walk(path, into: &files, issues: &issues, visited: &visited)
        return (files.sorted(), issues)
    }

    /// Recursion keyed on resolved paths, so a symlink loop is visited once.
    private static func walk(_ dir: String, into files: inout [String], issues: inout [LoadIssue], visited: inout Set<String>) {
        let fm = FileManager.default
        let real = (dir as NSString).resolvingSymlinksInPath
        guard visited.insert(real).inserted else { return }
        guard let names = try? fm.contentsOfDirectory(atPath: dir) else {
            issues.append(LoadIssue(path: dir, line: nil, message: "cannot list folder", isWarning: false))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let full = (dir as NSString).appendingPathComponent(name)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: full, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                walk(full, into: &files, issues: &issues, visited: &visited)
            } else if SourceFormat(path: name) != nil {
                files.append(full)
            } else {
                issues.append(LoadIssue(path: full, line: nil, message: "not a \(SourceFormat.extensionsList) source", isWarning: false))
            }
        }
    }
}
