/// A styled first letter (`<span class="dropcap">T</span>urkey …`, or a floated block) read back into its word.
enum DropCap {
    static func join(_ paragraphs: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(paragraphs.count)
        for p in paragraphs {
            if let last = out.last, last.count == 1, last.first!.isUppercase, p.first?.isLowercase == true {
                out[out.count - 1] = last + p
            } else {
                out.append(p)
            }
        }
        return out
    }
}
