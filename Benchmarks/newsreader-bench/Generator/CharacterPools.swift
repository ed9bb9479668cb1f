/// Fixed pools of characters and Latin fragments from which the synthetic Chinese prose is built.
///
/// The text is not meant to read well; it is meant to have the byte and character mix of the
/// real articles (FORMAT.md, "Body"): long runs of 3-byte Han characters, full-width punctuation,
/// Latin names and numbers inline, no spaces.
enum CharacterPools {
    /// A few hundred common Han characters (news vocabulary: economy, technology, politics).
    static let han: [Character] = Array(
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质证影满各式领导城市投资融资市场企业创新平台模型数据算力芯片能源监管政策产业链供应全球美国欧洲亚洲北京上海深圳香港台湾日本韩国印度报告分析预计显示表示认为指出透露宣布收购合作竞争增长下降规模份额用户客户服务安全风险成本价格收入利润估值股份融资基金交易协议团队工程师研究员科学家公司集团机构部门政府官员议员总统部长银行法院媒体记者评论观察趋势挑战机会未来战略布局转型升级突破瓶颈压力信心速度质量效率标准规则框架体系结构环境条件因素影响意义作用价值目标方向路径阶段过程结果问题原因方案措施办法手段工具技术产品系统网络信息内容知识经验能力人才教育医疗健康交通制造零售金融科技互联网智能自动化机器人语言视觉训练推理部署开源闭源生态伙伴中立"
    )

    /// Full-width punctuation that may end a clause inside a sentence.
    static let clauseMarks: [Character] = ["，", "，", "，", "、", "；", "："]

    /// Full-width punctuation that ends a sentence.
    static let sentenceMarks: [Character] = ["。", "。", "。", "。", "？", "！"]

    /// Paired full-width brackets and quotes that wrap a phrase.
    static let pairedMarks: [(open: String, close: String)] = [
        ("“", "”"), ("‘", "’"), ("（", "）"), ("《", "》"), ("【", "】"),
    ]

    /// Latin names of companies, people and products that appear inline in Chinese sentences.
    static let latinNames: [String] = [
        "Scale AI", "OpenAI", "Meta", "Google", "DeepMind", "Anthropic", "Microsoft", "Nvidia", "AMD",
        "TSMC", "Apple", "Amazon", "AWS", "Tesla", "xAI", "Mistral", "Hugging Face", "Databricks",
        "Snowflake", "Oracle", "IBM", "Intel", "Qualcomm", "Arm", "Samsung", "SK Hynix", "Baidu",
        "Alibaba", "Tencent", "ByteDance", "DeepSeek", "Moonshot", "Zhipu", "MiniMax", "Alexandr Wang",
        "Mark Zuckerberg", "Sam Altman", "Jensen Huang", "Lisa Su", "Satya Nadella", "Sundar Pichai",
        "Dario Amodei", "Demis Hassabis", "Elon Musk", "GPT-5", "Llama 4", "Gemini 2.5", "Claude",
        "H100", "B200", "CUDA", "PyTorch", "Kubernetes", "SEC", "FTC", "EU AI Act", "IPO", "API",
    ]

    /// Units written after a number, directly against the Han text (`143亿美元`, `49%`).
    static let numberUnits: [String] = ["亿美元", "亿元", "万", "%", "倍", "年", "个月", "家", "名员工", "GW", "TB", "美元"]
}
