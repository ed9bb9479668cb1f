import Testing

@Test func placeholderNewsCoreTests() { #expect(1 + 1 == 2) }
