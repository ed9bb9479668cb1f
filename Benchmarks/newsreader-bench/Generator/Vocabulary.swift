/// Fixed word lists for front matter fields, headings, citations and file names.
enum Vocabulary {
    /// About a dozen broad topics; each article has 1–3 (FORMAT.md, `main_topics`).
    static let topics: [String] = [
        "投融资与市场洞察", "人工智能前沿", "半导体与算力", "数据治理与隐私", "开源生态", "监管与政策",
        "企业战略", "消费科技", "能源与气候", "国际关系与供应链", "人才与组织", "科研与学术",
    ]

    /// About two hundred tags, Chinese and English; each article has 5–10.
    static let tags: [String] = chineseTags + latinTags + latinTags.prefix(40).map { "\($0) 生态" }

    private static let chineseTags: [String] = [
        "数据中立性", "数据标注", "超级智能", "大模型", "多模态", "推理模型", "开源模型", "闭源模型", "算力租赁",
        "芯片出口管制", "先进封装", "高带宽内存", "数据中心", "液冷", "电力供应", "核能", "可再生能源", "碳中和",
        "反垄断", "并购", "估值", "融资", "首次公开募股", "风险投资", "主权基金", "私募股权", "二级市场",
        "人才争夺", "薪酬", "裁员", "组织调整", "管理层变动", "创始人", "董事会", "公司治理", "股权结构",
        "隐私保护", "数据安全", "网络安全", "内容审核", "版权", "训练数据", "合成数据", "数据合规", "跨境数据",
        "欧盟", "美国", "中国", "日本", "韩国", "印度", "中东", "东南亚", "台湾", "香港",
        "自动驾驶", "机器人", "具身智能", "智能体", "编程助手", "搜索引擎", "广告业务", "云计算", "边缘计算",
        "智能手机", "可穿戴设备", "混合现实", "游戏", "社交媒体", "短视频", "电子商务", "金融科技", "支付",
        "医疗人工智能", "药物研发", "教育科技", "气候科技", "量子计算", "光通信", "卫星互联网", "国防科技",
        "供应链", "关税", "贸易政策", "地缘政治", "产业政策", "补贴", "标准制定", "行业联盟", "开发者生态",
        "基准测试", "模型评估", "对齐", "安全研究", "可解释性", "幻觉", "长上下文", "检索增强", "微调",
    ]

    private static let latinTags: [String] = [
        "Scale AI", "OpenAI", "Meta", "Google", "DeepMind", "Anthropic", "Microsoft", "Nvidia", "AMD", "TSMC",
        "Apple", "Amazon", "AWS", "Tesla", "xAI", "Mistral", "Hugging Face", "Databricks", "Snowflake", "Oracle",
        "IBM", "Intel", "Qualcomm", "Arm", "Samsung", "SK Hynix", "Baidu", "Alibaba", "Tencent", "ByteDance",
        "DeepSeek", "Moonshot", "Zhipu", "MiniMax", "Alexandr Wang", "Sam Altman", "Jensen Huang", "Lisa Su",
        "Satya Nadella", "Sundar Pichai", "Dario Amodei", "Demis Hassabis", "Elon Musk", "GPT-5", "Llama 4",
        "Gemini", "Claude", "CUDA", "PyTorch", "LLM", "AGI", "RAG", "MoE", "HBM", "GPU", "TPU", "ASIC",
        "SEC", "FTC", "EU AI Act",
    ]

    /// News outlets named in citations.
    static let outlets: [String] = [
        "Reuters", "Bloomberg", "The Information", "Financial Times", "The Verge", "TechCrunch", "CNBC",
        "The Wall Street Journal", "The New York Times", "Wired", "Axios", "Semafor", "36氪", "晚点LatePost",
        "财新", "第一财经", "界面新闻", "澎湃新闻", "机器之心", "量子位", "虎嗅", "钛媒体", "outlet.example",
    ]

    /// Authors named in citations (optional part).
    static let authors: [String] = [
        "Anna Tong", "Krystal Hu", "Kate Clark", "Stephanie Palazzolo", "Cade Metz", "Mike Isaac",
        "Alex Heath", "Kylie Robison", "张明", "李华", "王磊", "陈静", "刘洋", "赵敏", "周航", "吴迪",
    ]

    /// Hosts and path words for citation URLs.
    static let hosts: [String] = [
        "example.com", "example.org", "news.example.net", "www.example.com", "tech.example.cn", "finance.example.com",
    ]

    /// ASCII words for file names and URL paths.
    static let slugWords: [String] = [
        "scale", "ai", "meta", "deal", "chips", "export", "data", "neutrality", "funding", "round", "model",
        "launch", "talent", "war", "power", "grid", "cloud", "open", "source", "policy", "antitrust", "merger",
        "robot", "agent", "search", "ads", "privacy", "safety", "benchmark", "gpu", "supply", "chain",
    ]
}
