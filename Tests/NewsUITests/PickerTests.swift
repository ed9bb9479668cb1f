import NewsCore
import Testing
@testable import NewsUI

@Suite("Tag and topic pickers")
struct PickerTests {
    private func shownNames(_ driver: AppDriver) -> [String] {
        guard let picker = driver.picker else { return [] }
        return picker.matches.map { picker.entries[$0].name }
    }

    @Test("t lists every tag with its count")
    func listsTags() {
        var driver = AppDriver()
        driver.press(.character("t"))
        #expect(driver.screen == .picker)
        #expect(driver.picker?.entries.count == 9)
        #expect(driver.picker?.entries.first?.name == "数据标注")
        #expect(driver.picker?.entries.first?.count == 2)
    }

    @Test("Chinese characters typed one at a time narrow the list to names containing them")
    func filtersWithChineseInput() {
        var driver = AppDriver()
        driver.press(.character("t"))
        driver.type("数据")
        #expect(shownNames(driver) == ["数据标注", "合成数据", "数据中立性"])
        driver.type("中")
        #expect(shownNames(driver) == ["数据中立性"])
        driver.press(.backspace)
        #expect(shownNames(driver).count == 3)
    }

    @Test("Latin letters match whatever their case")
    func latinIgnoresCase() {
        var driver = AppDriver()
        driver.press(.character("t"))
        driver.type("sCaLe")
        #expect(shownNames(driver) == ["Scale AI"])
        driver.press(.backspace, .backspace, .backspace, .backspace, .backspace)
        driver.type("QWEN")
        #expect(shownNames(driver) == ["Qwen"])
    }

    @Test("Enter applies the highlighted tag and puts the focus on the list's first article")
    func enterApplies() {
        var driver = AppDriver()
        driver.press(.tab)
        driver.press(.character("t"))
        driver.type("数据")
        driver.press(.down)
        #expect(driver.press(.enter).isEmpty)
        #expect(driver.screen == .library)
        #expect(driver.library?.filter.tag == "合成数据")
        #expect(driver.library?.focus == .articles)
        #expect(driver.library?.list.selected == 0)
        #expect(driver.library?.selectedArticle?.id == Fixtures.privacyID)
    }

    @Test("Esc closes the picker and changes nothing")
    func escCancels() {
        var driver = AppDriver()
        driver.press(.character("T"))
        driver.type("模型")
        #expect(driver.press(.escape).isEmpty)
        #expect(driver.screen == .library)
        #expect(driver.library?.filter.isEmpty == true)
    }

    @Test("a tag and a topic combine: both must hold")
    func tagAndTopicCombine() {
        var driver = AppDriver()
        driver.press(.character("T"))
        driver.type("投融资")
        driver.press(.enter)
        #expect(driver.library?.visibleIDs == [Fixtures.scaleID, Fixtures.nvidiaID])
        driver.press(.character("t"))
        driver.type("数据标注")
        driver.press(.enter)
        #expect(driver.library?.visibleIDs == [Fixtures.scaleID])
        #expect(driver.lines[0].contains("主题:投融资与市场洞察  #数据标注"))
    }

    @Test("the tag picker's counts follow the other filters, not its own")
    func pickerCountsFollowOtherFilters() {
        var driver = AppDriver()
        driver.press(.character("t"))
        driver.type("qwen")
        driver.press(.enter)
        driver.press(.character("t"))
        #expect(driver.picker?.entries.count == 9, "every tag stays pickable while a tag is applied")
        driver.press(.escape, .character("T"))
        #expect(driver.picker?.entries.map(\.name) == ["模型发布"], "topics follow the tag filter")
    }

    @Test("q is typed into the filter rather than closing the picker")
    func qTypes() {
        var driver = AppDriver()
        driver.press(.character("t"))
        #expect(driver.press(.character("q")).isEmpty)
        #expect(driver.screen == .picker)
        #expect(shownNames(driver) == ["Qwen"])
    }
}
