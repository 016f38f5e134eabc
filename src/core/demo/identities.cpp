#include "identities.h"

#include "random.h"

#include <QStringList>

namespace shegong::core::demo {
namespace {

// The most common surnames, roughly in order of frequency (weights fall off down the list).
const QStringList kSurnames = QStringLiteral("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 "
                                             "梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 "
                                             "于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 "
                                             "范 金 石 廖 贾 夏 韦 方 白 邹 孟 熊 秦 邱 江 尹 "
                                             "薛 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 戴 莫 孔 汤")
                                  .split(u' ');
const QStringList kMaleGiven =
    QStringLiteral(
        "伟 强 磊 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 鑫 波 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 洋 国 建 志 "
        "学 文 "
        "海 东 峰 亮 成 荣 新 春 永 德 晨 博 睿 轩 然 哲 铭 宏 振 家 子 天 嘉 思 俊 一 云 正 立 昊 泽")
        .split(u' ');
const QStringList kFemaleGiven =
    QStringLiteral("芳 娜 敏 静 丽 艳 娟 霞 秀 玲 桂 英 红 燕 萍 玉 兰 梅 琳 莉 雪 婷 慧 倩 颖 琴 云 洁 佳 "
                   "欣 怡 悦 涵 萱 "
                   "雨 诗 晓 薇 彤 晴 妍 月 嘉 思 子 梦 文 淑 凤 珍 美 丹 蓉 璐 若 可 馨")
        .split(u' ');
// Hangzhou's district codes (locals); 330104 was Jianggan, so it dominates.
const std::vector<QString> kLocalRegions{
    QStringLiteral("330104"), QStringLiteral("330104"), QStringLiteral("330104"), QStringLiteral("330104"),
    QStringLiteral("330102"), QStringLiteral("330103"), QStringLiteral("330105"), QStringLiteral("330106"),
    QStringLiteral("330108"), QStringLiteral("330109"), QStringLiteral("330110"), QStringLiteral("330183")};
// Counties that send many migrant workers to Hangzhou.
const std::vector<QString> kFloatingRegions{
    QStringLiteral("341222"), QStringLiteral("341221"), QStringLiteral("412726"), QStringLiteral("411523"),
    QStringLiteral("511321"), QStringLiteral("510722"), QStringLiteral("362427"), QStringLiteral("360730"),
    QStringLiteral("431021"), QStringLiteral("430524"), QStringLiteral("421127"), QStringLiteral("422823"),
    QStringLiteral("522422"), QStringLiteral("520221"), QStringLiteral("330327"), QStringLiteral("330825"),
    QStringLiteral("320721"), QStringLiteral("370921")};
const std::vector<QString> kEmployers{QStringLiteral("和安物流有限公司"),
                                      QStringLiteral("钱塘快递服务站"),
                                      QStringLiteral("江城餐饮管理有限公司"),
                                      QStringLiteral("东方建设工程有限公司"),
                                      QStringLiteral("明珠家政服务部"),
                                      QStringLiteral("新城物业管理有限公司"),
                                      QStringLiteral("海潮电子厂"),
                                      QStringLiteral("九堡服装加工厂"),
                                      QStringLiteral("城东农贸市场"),
                                      QStringLiteral("安达保安服务有限公司"),
                                      QStringLiteral("润丰超市"),
                                      QStringLiteral("四季酒店"),
                                      QStringLiteral("景和汽车维修厂"),
                                      QStringLiteral("个体经营")};
const std::vector<QString> kFloatingJobs{
    QStringLiteral("快递员"),     QStringLiteral("外卖骑手"),   QStringLiteral("建筑工人"),
    QStringLiteral("保洁员"),     QStringLiteral("餐饮服务员"), QStringLiteral("个体经营"),
    QStringLiteral("工厂工人"),   QStringLiteral("销售员"),     QStringLiteral("保安"),
    QStringLiteral("家政服务员"), QStringLiteral("维修工"),     QStringLiteral("网约车司机")};
const std::vector<QString> kLocalJobs{
    QStringLiteral("公司职员"), QStringLiteral("教师"),   QStringLiteral("医生"),
    QStringLiteral("护士"),     QStringLiteral("公务员"), QStringLiteral("工程师"),
    QStringLiteral("个体经营"), QStringLiteral("会计"),   QStringLiteral("销售员"),
    QStringLiteral("自由职业"), QStringLiteral("司机"),   QStringLiteral("厨师")};

QString pickWeighted(Random& random, const QStringList& list)
{
    // A triangle-shaped choice favours the head of the list, as real surname frequencies do.
    const int n = int(list.size());
    const int i = std::min(random.below(n), random.below(n));
    return list.at(i);
}

} // namespace

QString Identities::surname()
{
    return pickWeighted(m_random, kSurnames);
}

QString Identities::name(Gender gender, const QString& family)
{
    const QStringList& given = gender == Gender::Male ? kMaleGiven : kFemaleGiven;
    QString result = family.isEmpty() ? surname() : family;
    result += given.at(m_random.below(int(given.size())));
    if (m_random.chance(0.7))
        result += given.at(m_random.below(int(given.size())));
    return result;
}

QString Identities::idNumber(QDate birth, Gender gender, bool local)
{
    const QString region = local ? m_random.pick(kLocalRegions) : m_random.pick(kFloatingRegions);
    const QString stem = region + birth.toString(QStringLiteral("yyyyMMdd"));
    int sequence = m_random.below(500) * 2 + (gender == Gender::Male ? 1 : 0);
    for (;;) {
        QString first17 = stem + QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
        QString number = first17 + idCheckCharacter(first17);
        if (!m_usedIds.contains(number)) {
            m_usedIds.insert(number);
            return number;
        }
        sequence += 2; // keep the gender parity
    }
}

QString Identities::phone()
{
    static const char* const prefixes[] = {"133", "135", "137", "138", "139", "150", "158",
                                           "159", "177", "180", "186", "188", "189", "199"};
    return QString::fromLatin1(prefixes[m_random.below(14)]) + QStringLiteral("0000") +
           QStringLiteral("%1").arg(m_random.below(10000), 4, 10, QLatin1Char('0'));
}

QString Identities::employer()
{
    return m_random.pick(kEmployers);
}

QString Identities::occupation(bool floating)
{
    return floating ? m_random.pick(kFloatingJobs) : m_random.pick(kLocalJobs);
}

} // namespace shegong::core::demo
