/// One term of one of the site's own taxonomies (`series`: `Hugo 入门`), as the facet pane lists it.
struct TaxonomyTerm: Equatable, Sendable {
    var taxonomy: String
    var name: String
}
