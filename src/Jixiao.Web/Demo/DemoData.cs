namespace Jixiao.Web.Demo;

/// <summary>The demo bureau's six departments, invented for Jixiao; each is shaped after one of the repository's two samples.</summary>
internal static class DemoData
{
    public const string Password = "Jixiao#2025";

    public static IReadOnlyList<int> Years { get; } = [2023, 2024, 2025];

    public static IReadOnlyList<DemoDepartment> Departments { get; } =
    [
        new("云溪市青禾区司法局", "sifa", "qinghe-justice-2025.json",
            [new("法律援助", "法律援助案件办结数", "件", 1100), new("人民调解", "矛盾纠纷调解成功数", "件", 2600), new("普法宣传", "普法宣传活动场次", "场", 180)]),
        new("云溪市北湖区应急管理局", "yingji", "beihu-emergency-2025.json",
            [new("安全生产执法", "执法检查企业数", "家", 560), new("应急演练", "应急演练组织场次", "场", 40), new("安全培训", "安全生产培训人次", "人次", 5200)]),
        new("云溪市青禾区民政局", "minzheng", "beihu-emergency-2025.json",
            [new("困难群众救助", "城乡低保对象救助人数", "人", 3200), new("养老服务", "社区养老服务站建成数", "个", 24), new("婚姻登记", "婚姻登记办理件数", "件", 2100)]),
        new("云溪市青禾区教育局", "jiaoyu", "qinghe-justice-2025.json",
            [new("学前教育", "普惠性幼儿园新增学位", "个", 900), new("教师培训", "教师培训人次", "人次", 4200), new("校园安全", "校舍安全排查学校数", "所", 86)]),
        new("云溪市北湖区卫生健康局", "weijian", "beihu-emergency-2025.json",
            [new("基本公共卫生", "65岁以上老人健康管理人数", "人", 15000), new("家庭医生签约", "家庭医生签约人数", "人", 42000), new("卫生监督", "卫生监督检查单位数", "家", 760)]),
        new("云溪市北湖区市场监督管理局", "shichang", "qinghe-justice-2025.json",
            [new("食品安全抽检", "食品安全抽检批次", "批次", 2400), new("特种设备检查", "特种设备检查台数", "台", 1300), new("消费维权", "消费投诉办结件数", "件", 3100)]),
    ];
}
