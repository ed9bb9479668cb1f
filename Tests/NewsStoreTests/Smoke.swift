import Testing

@Test func placeholderNewsStoreTests() { #expect(1 + 1 == 2) }
