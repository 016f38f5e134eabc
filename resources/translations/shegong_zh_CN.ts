<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Access</name>
    <message>
        <source>Resident %1 does not exist</source>
        <translation>居民 %1 不存在</translation>
    </message>
    <message>
        <source>Your role may not see this in full</source>
        <translation>您的角色无权查看完整信息</translation>
    </message>
    <message>
        <source>Reason: say why you need to see it in full</source>
        <translation>事由：请说明查看完整信息的原因</translation>
    </message>
    <message>
        <source>The record does not exist</source>
        <translation>该记录不存在</translation>
    </message>
    <message>
        <source>This is outside the part of the subdistrict you may see: ask its social worker or director</source>
        <translation>超出您可查看的范围：请联系该片区社工或社区负责人</translation>
    </message>
</context>
<context>
    <name>AgreementDocument</name>
    <message>
        <source>People&apos;s mediation agreement</source>
        <translation>人民调解协议书</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>, ID number %1</source>
        <translation>，身份证号 %1</translation>
    </message>
    <message>
        <source>Facts of the dispute</source>
        <translation>纠纷事实</translation>
    </message>
    <message>
        <source>Mediated by %1, the parties agree of their own will:</source>
        <translation>经%1调解，双方自愿达成如下协议：</translation>
    </message>
    <message>
        <source>Amount: %1 yuan.</source>
        <translation>金额：%1 元。</translation>
    </message>
    <message>
        <source>%1 yuan due on %2.</source>
        <translation>%2 前支付 %1 元。</translation>
    </message>
    <message>
        <source>This agreement is made in as many copies as there are parties, plus one kept by the committee; it takes effect when signed by the parties and the mediator and sealed. The parties may apply to the court for judicial confirmation within thirty days.</source>
        <translation>本协议一式多份，当事人各执一份，调解委员会留存一份；自各方当事人和调解员签名并盖章之日起生效。当事人可自协议生效之日起三十日内共同向人民法院申请司法确认。</translation>
    </message>
    <message>
        <source>%1 (signature):</source>
        <translation>%1（签名）：</translation>
    </message>
    <message>
        <source>Mediator (signature):</source>
        <translation>调解员（签名）：</translation>
    </message>
    <message>
        <source>Seal of %1:</source>
        <translation>%1（盖章）：</translation>
    </message>
    <message>
        <source>Signed on %1</source>
        <translation>签订日期：%1</translation>
    </message>
    <message>
        <source>The case has no agreement to print</source>
        <translation>该案件尚无可打印的调解协议</translation>
    </message>
    <message>
        <source>Mediation agreement %1</source>
        <translation>调解协议书 %1</translation>
    </message>
    <message>
        <source>a party&apos;s application</source>
        <translation>当事人申请</translation>
    </message>
    <message>
        <source>a social worker&apos;s visit</source>
        <translation>社工走访</translation>
    </message>
    <message>
        <source>a social worker&apos;s event</source>
        <translation>社工事项</translation>
    </message>
    <message>
        <source>police referral</source>
        <translation>公安移送</translation>
    </message>
    <message>
        <source>court entrustment</source>
        <translation>法院委派/委托</translation>
    </message>
    <message>
        <source>Mediation case intake form</source>
        <translation>人民调解受理登记表</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Taken in on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Amount in dispute</source>
        <translation>争议金额</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>The dispute in short</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>Registered by:</source>
        <translation>登记人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Intake form %1</source>
        <translation>受理登记表 %1</translation>
    </message>
</context>
<context>
    <name>AssessmentService</name>
    <message>
        <source>Only the subdistrict administrator sets the grading rules</source>
        <translation>评定细则只能由街道管理员设置</translation>
    </message>
    <message>
        <source>A rule set has a name and a year</source>
        <translation>评定细则须有名称和年度</translation>
    </message>
    <message>
        <source>Grade thresholds: 100 ≥ AAA &gt; AA &gt; A ≥ 0</source>
        <translation>等级分数线：100 ≥ AAA &gt; AA &gt; A ≥ 0</translation>
    </message>
    <message>
        <source>A group&apos;s cap: more than 0, at most 100 points</source>
        <translation>分组扣分上限：大于 0，最多 100 分</translation>
    </message>
    <message>
        <source>A rule set has at least one item</source>
        <translation>评定细则至少要有一项</translation>
    </message>
    <message>
        <source>Item %1: a code of its own and a title</source>
        <translation>第 %1 项：须有唯一编号和名称</translation>
    </message>
    <message>
        <source>Item %1: points more than 0; a range from low to high</source>
        <translation>第 %1 项：分值须大于 0，范围从低到高</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s) were scored by this version: make a new version instead</source>
        <translation>
            <numerusform>已有 %n 次检查按此版本评分：请另建新版本</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule set %1 does not exist</source>
        <translation>评定细则 %1 不存在</translation>
    </message>
    <message>
        <source>Rounds are opened by the community&apos;s director</source>
        <translation>评定轮次由本社区主任开启</translation>
    </message>
    <message>
        <source>Round: 1 to 12 in a year</source>
        <translation>轮次：每年第 1 至 12 轮</translation>
    </message>
    <message>
        <source>Dates: the round starts and ends within %1, the end not before the start</source>
        <translation>日期：轮次须在 %1 年内开始和结束，结束不早于开始</translation>
    </message>
    <message>
        <source>Team: name the assessors</source>
        <translation>考评组：请填写考评人员</translation>
    </message>
    <message>
        <source>Round %1 of %2 already exists</source>
        <translation>%2 年第 %1 轮已存在</translation>
    </message>
    <message>
        <source>Round %1 does not exist</source>
        <translation>轮次 %1 不存在</translation>
    </message>
    <message>
        <source>Rounds are closed by the community&apos;s director</source>
        <translation>评定轮次由本社区主任结束</translation>
    </message>
    <message>
        <source>The round is already closed</source>
        <translation>该轮次已结束</translation>
    </message>
    <message>
        <source>Round %1 of %2 is closed: its scores are final</source>
        <translation>%2 年第 %1 轮已结束：评分已定，不能修改</translation>
    </message>
    <message>
        <source>The house is not in the round&apos;s community</source>
        <translation>该出租房不属于本轮次所在社区</translation>
    </message>
    <message>
        <source>The house is deregistered</source>
        <translation>该出租房已注销</translation>
    </message>
    <message>
        <source>Inspection date: within the round, %1 to %2</source>
        <translation>检查日期：须在本轮次内（%1 至 %2）</translation>
    </message>
    <message>
        <source>Inspection date: not after today</source>
        <translation>检查日期：不能晚于今天</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Photo %1: at most 5 MB</source>
        <translation>照片 %1：最大 5 MB</translation>
    </message>
    <message>
        <source>Photo %1: a JPEG or PNG picture</source>
        <translation>照片 %1：须为 JPEG 或 PNG 图片</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Already inspected on %1 (%2 points): say why this inspection replaces it</source>
        <translation>已于 %1 检查（%2 分）：请说明本次检查替代原结果的原因</translation>
    </message>
</context>
<context>
    <name>AuditedExport</name>
    <message>
        <source>%1 was not written: its export could not be recorded in the audit trail (%2)</source>
        <translation>%1 未写出：此次导出无法记入审计日志（%2）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>Password: at least %1 characters</source>
        <translation>密码：至少 %1 个字符</translation>
    </message>
    <message>
        <source>Password: use at least %1 of lower case, upper case, digits and symbols</source>
        <translation>密码：须包含小写字母、大写字母、数字、符号中的至少 %1 类</translation>
    </message>
    <message>
        <source>Password: too common or contains the account name</source>
        <translation>密码：过于常见或包含账号名</translation>
    </message>
    <message>
        <source>Password: must differ from the last %1</source>
        <translation>密码：不能与最近 %1 次使用过的密码相同</translation>
    </message>
    <message>
        <source>Password: not enough memory to hash it</source>
        <translation>密码：内存不足，无法加密保存</translation>
    </message>
    <message>
        <source>An administrator exists already</source>
        <translation>管理员账号已存在</translation>
    </message>
    <message>
        <source>Account: must not be empty</source>
        <translation>账号：不能为空</translation>
    </message>
    <message>
        <source>Account: %1 belongs to another role</source>
        <translation>账号：%1 属于其他角色</translation>
    </message>
    <message>
        <source>Current password: wrong</source>
        <translation>当前密码：错误</translation>
    </message>
    <message>
        <source>Only the subdistrict administrator may do this</source>
        <translation>只有街道管理员可以执行此操作</translation>
    </message>
    <message>
        <source>Account: empty or taken</source>
        <translation>账号：为空或已被占用</translation>
    </message>
    <message>
        <source>Account: %1 does not exist</source>
        <translation>账号：%1 不存在</translation>
    </message>
    <message>
        <source>Only a director or the administrator may assign areas</source>
        <translation>只有社区主任或管理员可以分配片区</translation>
    </message>
    <message>
        <source>Account: %1 is not a social worker</source>
        <translation>账号：%1 不是责任社工</translation>
    </message>
    <message>
        <source>Area: %1 does not exist</source>
        <translation>片区：%1 不存在</translation>
    </message>
    <message>
        <source>Area: %1 is in another community</source>
        <translation>片区：%1 属于其他社区</translation>
    </message>
    <message>
        <source>Area: %1 is already %2&apos;s</source>
        <translation>片区：%1 已由 %2 负责</translation>
    </message>
    <message>
        <source>Date: the area changes hands on %1 already; choose a later day</source>
        <translation>日期：该片区已定于 %1 交接，请选择更晚的日期</translation>
    </message>
    <message>
        <source>Community: social workers and directors belong to one</source>
        <translation>所属社区：社工和社区主任须属于一个社区</translation>
    </message>
    <message>
        <source>Wrong account or password (after %1 wrong passwords an account waits %2 minutes on this computer)</source>
        <translation>账号或密码错误（在本机连续输错 %1 次密码后，账号需等待 %2 分钟）</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 cannot be opened</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database</source>
        <translation>%1 不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is not a shegong database</source>
        <translation>%1 不是社工系统的数据库</translation>
    </message>
    <message>
        <source>%1 was written by a newer shegong (schema %2; this version knows %3)</source>
        <translation>%1 由更新版本的社工系统写入（结构版本 %2；本版本只认识到 %3）</translation>
    </message>
    <message>
        <source>%1 cannot be copied to check it</source>
        <translation>无法复制 %1 进行检查</translation>
    </message>
    <message>
        <source>%1: the audit trail is broken at row %2 (%3)</source>
        <translation>%1：审计记录在第 %2 行断开（%3）</translation>
    </message>
    <message>
        <source>Only the administrator makes backups</source>
        <translation>只有管理员可以备份</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>The backup failed (%1); the earlier backups are intact</source>
        <translation>备份失败（%1）；之前的备份完好</translation>
    </message>
    <message>
        <source>it could not be written to the disk</source>
        <translation>无法写入磁盘</translation>
    </message>
    <message>
        <source>it could not be renamed</source>
        <translation>无法重命名</translation>
    </message>
    <message>
        <source>%1 cannot be copied beside %2</source>
        <translation>无法把 %1 复制到 %2 旁边</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside; nothing was changed</source>
        <translation>无法移开 %1；未作任何改动</translation>
    </message>
    <message>
        <source>The restored copy is at %1; rename it to %2</source>
        <translation>恢复的副本在 %1；请把它改名为 %2</translation>
    </message>
    <message>
        <source>%1 could not be written: is its disk full?</source>
        <translation>无法写入 %1：磁盘是否已满？</translation>
    </message>
    <message>
        <source>No backup folder is set</source>
        <translation>尚未设置备份文件夹</translation>
    </message>
    <message>
        <source>Only the administrator sets the backups</source>
        <translation>只有街道管理员可以设置备份</translation>
    </message>
    <message>
        <source>Backups: a time of day and at least one copy</source>
        <translation>备份：需要每天的时间，并至少保留一份</translation>
    </message>
    <message>
        <source>The office&apos;s PostgreSQL server is backed up on the server (pg_dump, its own schedule): these backups copy a database file of this PC</source>
        <translation>办公室的 PostgreSQL 服务器在服务器上备份（pg_dump，按其自己的计划）：这里的备份只复制本机的数据库文件</translation>
    </message>
</context>
<context>
    <name>CaseDocumentsMenu</name>
    <message>
        <source>Intake form</source>
        <translation>受理登记表</translation>
    </message>
    <message>
        <source>Mediation agreement</source>
        <translation>人民调解协议书</translation>
    </message>
    <message>
        <source>Case file cover</source>
        <translation>卷宗封面</translation>
    </message>
    <message>
        <source>Choose a case first</source>
        <translation>请先选择案件</translation>
    </message>
    <message>
        <source>The case has no agreement yet</source>
        <translation>本案尚未达成协议</translation>
    </message>
    <message>
        <source>%1: print preview…</source>
        <translation>%1：打印预览…</translation>
    </message>
    <message>
        <source>%1: PDF…</source>
        <translation>%1：导出 PDF…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>CaseFileCover</name>
    <message>
        <source>, %1 yuan</source>
        <translation>，%1 元</translation>
    </message>
    <message>
        <source>not applied for</source>
        <translation>未申请</translation>
    </message>
    <message>
        <source>applied for on %1, granted</source>
        <translation>%1 申请，确认有效</translation>
    </message>
    <message>
        <source>applied for on %1, refused</source>
        <translation>%1 申请，予以驳回</translation>
    </message>
    <message>
        <source>applied for on %1, pending</source>
        <translation>%1 申请，待裁定</translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation>受理登记表</translation>
    </message>
    <message>
        <source>Record of mediation session %1</source>
        <translation>第 %1 次调解记录</translation>
    </message>
    <message>
        <source>Mediation agreement</source>
        <translation>人民调解协议书</translation>
    </message>
    <message>
        <source>Application for judicial confirmation</source>
        <translation>司法确认申请书</translation>
    </message>
    <message>
        <source>Record of the follow-up visit</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>People&apos;s mediation case file</source>
        <translation>人民调解卷宗</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Taken in on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>调解次数</translation>
    </message>
    <message>
        <source>Contents of the file</source>
        <translation>卷内目录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Filed by:</source>
        <translation>立卷人：</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>归档日期：</translation>
    </message>
    <message>
        <source>Kept for:</source>
        <translation>保管期限：</translation>
    </message>
    <message>
        <source>Case file %1</source>
        <translation>卷宗 %1</translation>
    </message>
</context>
<context>
    <name>ColourModes</name>
    <message>
        <source>Colour by responsibility area</source>
        <translation>按责任片区着色</translation>
    </message>
    <message>
        <source>Areas take their community&apos;s colour: </source>
        <translation>片区沿用所属社区的颜色：</translation>
    </message>
    <message>
        <source>Colour by days since the last visit</source>
        <translation>按距上次走访天数着色</translation>
    </message>
    <message>
        <source>Days since the last visit: </source>
        <translation>距上次走访天数：</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>30 天内</translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation>31–90 天</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91–180 天</translation>
    </message>
    <message>
        <source>longer or never</source>
        <translation>更久或从未走访</translation>
    </message>
    <message>
        <source>Colour by rental grade</source>
        <translation>按出租房等级着色</translation>
    </message>
    <message>
        <source>Best grade of the building&apos;s rental houses: </source>
        <translation>楼内出租房的最高等级：</translation>
    </message>
    <message>
        <source>no rental house</source>
        <translation>无出租房</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Database %1: %2</source>
        <translation>数据库 %1：%2</translation>
    </message>
    <message>
        <source>was written by a newer shegong (schema %1; this version knows %2)</source>
        <translation>由更新版本的社工系统写入（结构版本 %1，本版本支持 %2）</translation>
    </message>
    <message>
        <source>the schema could not be upgraded (%1)</source>
        <translation>数据库结构升级失败（%1）</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>is not at this version&apos;s schema</source>
        <translation>与本版本的数据结构不一致</translation>
    </message>
    <message>
        <source>the database file was moved, deleted or replaced while shegong had it open; nothing was saved. Close shegong and open the file where it is now.</source>
        <translation>数据库文件在社工系统打开期间被移动、删除或替换；未保存任何内容。请关闭社工系统，再从文件现在的位置打开。</translation>
    </message>
    <message>
        <source>another workstation kept the database busy for %1 s; nothing was saved. Try again in a moment.</source>
        <translation>另一台工作站占用数据库已达 %1 秒；未保存任何内容。请稍后再试。</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满；未保存任何内容。请腾出空间后再试。</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only; nothing was saved.</source>
        <translation>数据库文件或其所在文件夹为只读；未保存任何内容。</translation>
    </message>
    <message>
        <source>the database file is damaged; nothing was saved. Restore it from a backup.</source>
        <translation>数据库文件已损坏；未保存任何内容。请从备份恢复。</translation>
    </message>
    <message>
        <source>the database file could not be read or written (%1); nothing was saved. Was it moved, deleted or is the disk full?</source>
        <translation>无法读写数据库文件（%1）；未保存任何内容。文件是否被移动、删除，或磁盘已满？</translation>
    </message>
    <message>
        <source>%1; nothing was saved.</source>
        <translation>%1；未保存任何内容。</translation>
    </message>
    <message>
        <source>is read-only here and at schema %1, not this version&apos;s %2: it cannot be upgraded where it cannot be written</source>
        <translation>在此处为只读，且数据结构版本为 %1，而非本版本的 %2：无法在不能写入的位置升级</translation>
    </message>
    <message>
        <source>the server does not let this workstation&apos;s database role do this; nothing was saved. Ask the administrator (docs/postgresql.md lists the rights).</source>
        <translation>服务器不允许本工作站的数据库角色执行此操作；未保存任何内容。请联系管理员（所需权限见 docs/postgresql.md）。</translation>
    </message>
    <message>
        <source>was not upgraded: its copy %1 could not be written (%2)</source>
        <translation>未升级：无法写入其副本 %1（%2）</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Copy to %1: %2</source>
        <translation>复制到 %1：%2</translation>
    </message>
    <message>
        <source>it holds a shegong database already (schema %1): a copy goes into an empty database only</source>
        <translation>其中已有社工系统的数据库（结构版本 %1）：只能复制到空数据库</translation>
    </message>
</context>
<context>
    <name>DemoFile</name>
    <message>
        <source>Demo district %1: %2</source>
        <translation>演示街道 %1：%2</translation>
    </message>
    <message>
        <source>the file exists already; the demo is written to a new file</source>
        <translation>文件已存在；演示数据只写入新文件</translation>
    </message>
    <message>
        <source>its write-ahead log could not be folded into it</source>
        <translation>其预写日志无法并入文件</translation>
    </message>
    <message>
        <source>it could not be flushed to the disk</source>
        <translation>无法写入磁盘</translation>
    </message>
    <message>
        <source>it could not be renamed into place</source>
        <translation>无法重命名到目标位置</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Scale: must be above 0 and at most 50</source>
        <translation>规模：必须大于 0 且不超过 50</translation>
    </message>
    <message>
        <source>The database already holds a district</source>
        <translation>数据库中已有辖区数据</translation>
    </message>
    <message>
        <source>The demo district could not be written: %1</source>
        <translation>无法写入演示辖区：%1</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>Family planning</source>
        <translation>计生</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>卫生</translation>
    </message>
    <message>
        <source>Culture and education</source>
        <translation>文教</translation>
    </message>
    <message>
        <source>Civil affairs</source>
        <translation>民政</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>特殊群体</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Party group leader</source>
        <translation>党小组长</translation>
    </message>
    <message>
        <source>Building leader</source>
        <translation>楼道长</translation>
    </message>
    <message>
        <source>Retired volunteer leader</source>
        <translation>退休志愿者组长</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>上报至%1</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>入户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Entered late</source>
        <translation>补录过晚</translation>
    </message>
    <message>
        <source>Same household again</source>
        <translation>重复走访同一户</translation>
    </message>
    <message>
        <source>Many entries at once</source>
        <translation>短时集中录入</translation>
    </message>
    <message>
        <source>Mediation case opened</source>
        <translation>已立调解案件</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>Event %1 does not exist</source>
        <translation>事项 %1 不存在</translation>
    </message>
    <message>
        <source>The event is not in your areas</source>
        <translation>该事项不在您的责任片区内</translation>
    </message>
    <message>
        <source>Status: %1 cannot become %2</source>
        <translation>状态：不能从 %1 变为 %2</translation>
    </message>
    <message>
        <source>Reason: say why the event goes up</source>
        <translation>事由：请说明上报原因</translation>
    </message>
    <message>
        <source>Status: a closed event is not escalated</source>
        <translation>状态：已关闭的事项不能上报</translation>
    </message>
    <message>
        <source>Household %1 does not exist</source>
        <translation>住户 %1 不存在</translation>
    </message>
    <message>
        <source>The household is not in your areas</source>
        <translation>该户不在您的责任片区内</translation>
    </message>
    <message>
        <source>The household has moved out</source>
        <translation>该户已迁出</translation>
    </message>
    <message>
        <source>Resident: not a member of this household</source>
        <translation>居民：不是该户成员</translation>
    </message>
    <message>
        <source>Description: say what the matter is</source>
        <translation>事项内容：请说明是什么事</translation>
    </message>
    <message>
        <source>Due date: today or later</source>
        <translation>办结期限：不能早于今天</translation>
    </message>
    <message>
        <source>Assignee: an active social worker of the household&apos;s community</source>
        <translation>承办人：须为该户所在社区的在岗社工</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>事项内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Another workstation changed this event meanwhile: nothing was saved. Open it again to see its status.</source>
        <translation>另一台工作站同时修改了此事项：本次未保存任何内容。请重新打开查看其状态。</translation>
    </message>
</context>
<context>
    <name>ExactLookUp</name>
    <message>
        <source>Not a whole ID number or mobile number</source>
        <translation>不是完整的身份证号或手机号</translation>
    </message>
    <message>
        <source>Whole ID numbers and phones are looked up only in the areas you edit</source>
        <translation>完整身份证号和手机号只能在您负责编辑的片区内查找</translation>
    </message>
    <message>
        <source>Too many look-ups without a match: wait a minute and check the number</source>
        <translation>查找未命中次数过多：请稍等一分钟并核对号码</translation>
    </message>
</context>
<context>
    <name>FloorScene</name>
    <message>
        <source>Stairwell %1</source>
        <translation>%1 单元</translation>
    </message>
    <message>
        <source>%1F</source>
        <translation>%1 层</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <source>Item %1 is not in the rule set %2</source>
        <translation>第 %1 项不在评定细则“%2”中</translation>
    </message>
    <message>
        <source>%1: ticked twice</source>
        <translation>%1：重复勾选</translation>
    </message>
    <message>
        <source>%1: deduct %2 to %3 points, not %4</source>
        <translation>%1：应扣 %2 至 %3 分，而不是 %4 分</translation>
    </message>
    <message>
        <source>%1: occurrences from 1 to %2, not %3</source>
        <translation>%1：次数应为 1 至 %2，而不是 %3</translation>
    </message>
    <message>
        <source>no grade</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
</context>
<context>
    <name>GuardedApplication</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Waiting for the database: another workstation is saving (%1 s)…</source>
        <translation>正在等待数据库：另一台工作站正在保存（%1 秒）…</translation>
    </message>
    <message>
        <source>The database could not do this:
%1

The window stays open: try again, and tell the administrator if it happens again.</source>
        <translation>数据库无法完成此操作：
%1

窗口保持打开：请重试；如再次发生，请告知管理员。</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Area: it does not exist</source>
        <translation>片区：不存在</translation>
    </message>
    <message>
        <source>Your role may not print this area&apos;s dossier</source>
        <translation>您的角色无权打印该片区的交接清单</translation>
    </message>
</context>
<context>
    <name>HandoverDocument</name>
    <message>
        <source>Handover dossier of a responsibility area</source>
        <translation>责任片区交接清单</translation>
    </message>
    <message>
        <source>%1 · %2 · area %3 %4</source>
        <translation>%1 · %2 · 片区 %3 %4</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Internal: contains personal data, keep confidential</source>
        <translation>内部资料：含个人信息，注意保密</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>%1 households · %2 residents (%3 floating) · %4 households visited in the last 90 days · %5 open events (%6 overdue) · %7 special-group households</source>
        <translation>%1 户 · %2 人（流动人口 %3 人）· 近 90 天走访 %4 户 · 未结事项 %5 件（逾期 %6 件）· 特殊人群家庭 %7 户</translation>
    </message>
    <message>
        <source>Workers of the area</source>
        <translation>片区历任社工</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>The three leaders of the area</source>
        <translation>一片三长</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Open events (overdue in red)</source>
        <translation>未结事项（逾期标红）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项内容</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Special groups and people needing care</source>
        <translation>特殊人群与重点关爱对象</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Households and their last visit</source>
        <translation>住户及最近走访</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Members (floating)</source>
        <translation>人数（流动）</translation>
    </message>
    <message>
        <source>Open events</source>
        <translation>未结事项</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>By</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>special group</source>
        <translation>特殊人群</translation>
    </message>
    <message>
        <source>Handed over by:</source>
        <translation>移交人：</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>接收人：</translation>
    </message>
    <message>
        <source>Supervised by:</source>
        <translation>监交人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Handover dossier %1</source>
        <translation>交接清单 %1</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>ID number: %1</source>
        <translation>身份证号：%1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>a 15-digit number may contain digits only</source>
        <translation>15 位号码只能包含数字</translation>
    </message>
    <message>
        <source>must have 18 characters (or 15 digits), not %1</source>
        <translation>应为 18 位（或 15 位旧号码），实际为 %1 位</translation>
    </message>
    <message>
        <source>the first 17 characters must be digits</source>
        <translation>前 17 位必须是数字</translation>
    </message>
    <message>
        <source>the last character must be a digit or X</source>
        <translation>最后一位必须是数字或 X</translation>
    </message>
    <message>
        <source>%1 is not a province code</source>
        <translation>%1 不是有效的省级行政区划代码</translation>
    </message>
    <message>
        <source>%1 is not a valid birth date</source>
        <translation>%1 不是有效的出生日期</translation>
    </message>
    <message>
        <source>the birth date %1 is in the future</source>
        <translation>出生日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>the check digit is wrong (expected %1)</source>
        <translation>校验码错误（应为 %1）</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙辈</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>户籍</translation>
    </message>
    <message>
        <source>Floating</source>
        <translation>流动</translation>
    </message>
    <message>
        <source>Owner-occupied</source>
        <translation>自住</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>出租</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Apartment block</source>
        <translation>住宅楼</translation>
    </message>
    <message>
        <source>Private house</source>
        <translation>私房</translation>
    </message>
    <message>
        <source>Residential community</source>
        <translation>住宅社区</translation>
    </message>
    <message>
        <source>Old town</source>
        <translation>老城区</translation>
    </message>
    <message>
        <source>Urban village</source>
        <translation>城中村</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Floating-population household</source>
        <translation>流动人口户</translation>
    </message>
    <message>
        <source>Special-group household</source>
        <translation>特殊群体户</translation>
    </message>
    <message>
        <source>Outside your areas</source>
        <translation>不在您的片区</translation>
    </message>
</context>
<context>
    <name>MapFile</name>
    <message>
        <source>an unnamed CRS</source>
        <translation>未命名的坐标系</translation>
    </message>
    <message>
        <source> — are they WGS 84 degrees (EPSG:4326)?</source>
        <translation>——是否为 WGS 84 经纬度（EPSG:4326）？</translation>
    </message>
    <message>
        <source> — is it Web Mercator (EPSG:3857)?</source>
        <translation>——是否为 Web Mercator（EPSG:3857）？</translation>
    </message>
    <message>
        <source> — is it a Gauss–Krüger zone with the zone number in x (EPSG:4513–4533)?</source>
        <translation>——是否为 x 带带号的高斯-克吕格投影（EPSG:4513–4533）？</translation>
    </message>
    <message>
        <source>coordinate (%1, %2) is not a place on Earth</source>
        <translation>坐标 (%1, %2) 不是地球上的位置</translation>
    </message>
    <message>
        <source>declared %1 but (x = %2, y = %3) is outside its area%4%5</source>
        <translation>声明为 %1，但 (x = %2, y = %3) 超出其适用范围%4%5</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a map file shegong can read (GeoJSON, Shapefile, GeoPackage, KML, DXF): %2</source>
        <translation>%1 不是可读取的地图文件（GeoJSON、Shapefile、GeoPackage、KML、DXF）：%2</translation>
    </message>
    <message>
        <source>%1 is not a CRS PROJ knows</source>
        <translation>%1 不是 PROJ 认识的坐标系</translation>
    </message>
    <message>
        <source>%1 does not say its coordinate system: give it (e.g. --crs EPSG:4549 for CGCS2000 Gauss–Krüger zone 120°E)</source>
        <translation>%1 未注明坐标系：请指定（例如 CGCS2000 高斯-克吕格 120°E 带用 --crs EPSG:4549）</translation>
    </message>
    <message>
        <source>No way from %1 to WGS 84: %2</source>
        <translation>无法从 %1 转换到 WGS 84：%2</translation>
    </message>
    <message>
        <source>the geometry is empty</source>
        <translation>几何为空</translation>
    </message>
    <message>
        <source>a point, not a footprint: skipped</source>
        <translation>是点而不是楼幢轮廓：已跳过</translation>
    </message>
    <message>
        <source>an open line, not a footprint: skipped</source>
        <translation>是未闭合的线而不是楼幢轮廓：已跳过</translation>
    </message>
    <message>
        <source>a %1, not a Polygon or MultiPolygon</source>
        <translation>是 %1，不是 Polygon 或 MultiPolygon</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>已取消：没有写入任何内容</translation>
    </message>
</context>
<context>
    <name>MapImport</name>
    <message>
        <source>the geometry is not a Polygon or MultiPolygon</source>
        <translation>几何类型不是面（Polygon）或多面（MultiPolygon）</translation>
    </message>
    <message>
        <source>a ring has fewer than 3 distinct points</source>
        <translation>有环的不同顶点少于 3 个</translation>
    </message>
    <message>
        <source>a ring intersects itself</source>
        <translation>有环自相交</translation>
    </message>
    <message>
        <source>an area needs a code</source>
        <translation>片区缺少编号</translation>
    </message>
    <message>
        <source>%1 floors and %2 m are out of range</source>
        <translation>%1 层、%2 米超出合理范围</translation>
    </message>
    <message>
        <source>The map could not be written: %1</source>
        <translation>无法写入地图：%1</translation>
    </message>
    <message>
        <source>Only the subdistrict administrator imports the map</source>
        <translation>只有街道管理员可以导入地图</translation>
    </message>
    <message>
        <source>a coordinate is not a number on Earth</source>
        <translation>有坐标不是地球上的有效数值</translation>
    </message>
    <message>
        <source>a ring has %1 corners, more than %2: not a building outline</source>
        <translation>轮廓有 %1 个顶点，超过 %2：不是楼幢轮廓</translation>
    </message>
    <message>
        <source>lies %1 km from the district: is the file&apos;s CRS right?</source>
        <translation>距本街道 %1 公里：文件的坐标系是否正确？</translation>
    </message>
    <message>
        <source>building=%1 is not a dwelling: left out</source>
        <translation>building=%1 不是住宅：未导入</translation>
    </message>
    <message>
        <source>no height or levels: %1 floors assumed</source>
        <translation>没有高度或层数：按 %1 层计</translation>
    </message>
    <message>
        <source>code %1 is used by another feature of this file</source>
        <translation>编号 %1 已被本文件中另一要素使用</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <source>registered</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>in mediation</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>agreement reached</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>no agreement</source>
        <translation>调解未果</translation>
    </message>
    <message>
        <source>referred to litigation</source>
        <translation>转诉讼</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>closed after follow-up</source>
        <translation>回访后结案</translation>
    </message>
    <message>
        <source>marriage and family</source>
        <translation>婚姻家庭</translation>
    </message>
    <message>
        <source>neighbours</source>
        <translation>邻里纠纷</translation>
    </message>
    <message>
        <source>property management</source>
        <translation>物业管理</translation>
    </message>
    <message>
        <source>labour and wages</source>
        <translation>劳动与工资</translation>
    </message>
    <message>
        <source>tenancy</source>
        <translation>房屋租赁</translation>
    </message>
    <message>
        <source>damages and injury</source>
        <translation>损害赔偿</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>合同纠纷</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三人</translation>
    </message>
    <message>
        <source>advice given</source>
        <translation>已解答</translation>
    </message>
    <message>
        <source>referred elsewhere</source>
        <translation>已转介</translation>
    </message>
    <message>
        <source>became a case</source>
        <translation>已转为调解案件</translation>
    </message>
    <message>
        <source>taken in</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>session</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>mediator added</source>
        <translation>增加调解员</translation>
    </message>
    <message>
        <source>agreement signed</source>
        <translation>签订调解协议</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>payment received</source>
        <translation>履行到位</translation>
    </message>
    <message>
        <source>judicial confirmation applied for</source>
        <translation>申请司法确认</translation>
    </message>
    <message>
        <source>judicial confirmation granted</source>
        <translation>司法确认有效</translation>
    </message>
    <message>
        <source>judicial confirmation refused</source>
        <translation>司法确认驳回</translation>
    </message>
</context>
<context>
    <name>MediationService</name>
    <message>
        <source>Resident %1 does not exist</source>
        <translation>居民 %1 不存在</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Your role does not receive consultations</source>
        <translation>您的角色不接待咨询</translation>
    </message>
    <message>
        <source>Date: up to today</source>
        <translation>日期：不能晚于今天</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>答复意见</translation>
    </message>
    <message>
        <source>None of the parties lives where you may open cases</source>
        <translation>当事人均不在您可受理案件的范围内</translation>
    </message>
    <message>
        <source>Intake date: up to today</source>
        <translation>受理日期：不能晚于今天</translation>
    </message>
    <message>
        <source>Title: a few words anyone may read, at most 60</source>
        <translation>案由：简短、可公开的几个字，最多 60 字</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>事项内容</translation>
    </message>
    <message>
        <source>Amount in dispute: not below 0</source>
        <translation>争议金额：不能小于 0</translation>
    </message>
    <message>
        <source>Choose the committee, station or studio</source>
        <translation>请选择调委会、联络站或工作室</translation>
    </message>
    <message>
        <source>Parties: at least an applicant and a respondent</source>
        <translation>当事人：至少一名申请人和一名被申请人</translation>
    </message>
    <message>
        <source>Mediators: at least one</source>
        <translation>调解员：至少一名</translation>
    </message>
    <message>
        <source>Mediator %1 is not an active account</source>
        <translation>调解员 %1 不是有效账号</translation>
    </message>
    <message>
        <source>Source: link the visit or event the case came from</source>
        <translation>案件来源：请关联引发案件的走访或事项</translation>
    </message>
    <message>
        <source>%1 lives with %2</source>
        <translation>%1 与 %2 同住</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Conflict of interest: %1. Choose another mediator or give a reason</source>
        <translation>存在利益冲突：%1。请更换调解员或说明理由</translation>
    </message>
    <message>
        <source>Case %1 does not exist</source>
        <translation>案件 %1 不存在</translation>
    </message>
    <message>
        <source>This case is not yours to work on</source>
        <translation>您无权办理此案件</translation>
    </message>
    <message>
        <source>Reason: say why</source>
        <translation>原因：请说明理由</translation>
    </message>
    <message>
        <source>The case is %1: no more sessions</source>
        <translation>案件已%1：不能再安排调解</translation>
    </message>
    <message>
        <source>Session: between the intake (%1) and now</source>
        <translation>调解时间：须在受理日期（%1）之后、现在之前</translation>
    </message>
    <message>
        <source>Place: where the session was held</source>
        <translation>地点：调解的地点</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>调解情况</translation>
    </message>
    <message>
        <source>Summary: what was said and agreed</source>
        <translation>调解情况：双方陈述及共识</translation>
    </message>
    <message>
        <source>Next session: not before this one</source>
        <translation>下次调解：不能早于本次</translation>
    </message>
    <message>
        <source>Party %1 does not exist</source>
        <translation>当事人 %1 不存在</translation>
    </message>
    <message>
        <source>Consent is recorded while the case is in mediation</source>
        <translation>只能在调解中记录当事人同意</translation>
    </message>
    <message>
        <source>Consent date: up to today</source>
        <translation>同意日期：不能晚于今天</translation>
    </message>
    <message>
        <source>No session yet: an agreement follows mediation</source>
        <translation>尚未调解：须先调解再签协议</translation>
    </message>
    <message>
        <source>The case is %1: no agreement now</source>
        <translation>案件已%1：现在不能签协议</translation>
    </message>
    <message>
        <source>Consent not recorded for %1</source>
        <translation>尚未记录 %1 的同意</translation>
    </message>
    <message>
        <source>Signed on: after the last session, up to today</source>
        <translation>签订日期：须在最后一次调解之后、今天之前</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>Terms: what the parties agreed</source>
        <translation>协议内容：双方约定的事项</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>纠纷事实</translation>
    </message>
    <message>
        <source>Payments: an amount, due on or after signing</source>
        <translation>付款：须有金额，且不早于签订日期</translation>
    </message>
    <message>
        <source>The payments add up to %1 yuan, the agreement says %2</source>
        <translation>分期合计 %1 元，协议金额为 %2 元</translation>
    </message>
    <message>
        <source>Only a case in mediation ends without agreement</source>
        <translation>只有调解中的案件才能记为调解未果</translation>
    </message>
    <message>
        <source>The case is %1: it does not rise</source>
        <translation>案件已%1：不能上移</translation>
    </message>
    <message>
        <source>The studio is the last level: refer the case to litigation</source>
        <translation>法官调解工作室已是最高一级：请转诉讼</translation>
    </message>
    <message>
        <source>Litigation follows a mediation without agreement</source>
        <translation>调解未果后方可转诉讼</translation>
    </message>
    <message>
        <source>The case is %1: it cannot be withdrawn</source>
        <translation>案件已%1：不能撤回</translation>
    </message>
    <message>
        <source>A follow-up visit comes after an agreement</source>
        <translation>达成协议后方可回访</translation>
    </message>
    <message>
        <source>Follow-up date: after the agreement, up to today</source>
        <translation>回访日期：须在协议之后、今天之前</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Judicial confirmation needs an agreement</source>
        <translation>司法确认须有调解协议</translation>
    </message>
    <message>
        <source>Confirmation was already applied for</source>
        <translation>已申请过司法确认</translation>
    </message>
    <message>
        <source>Application date: after the agreement, up to today</source>
        <translation>申请日期：须在协议之后、今天之前</translation>
    </message>
    <message>
        <source>A result follows an application not yet answered</source>
        <translation>只能为尚无结果的申请记录结果</translation>
    </message>
    <message>
        <source>Only its mediators, the directors and the studio read this case</source>
        <translation>只有承办调解员、社区主任和法官调解工作室可查看此案件</translation>
    </message>
    <message>
        <source>The case is %1: no more mediators</source>
        <translation>案件%1，不能再增加调解员</translation>
    </message>
    <message>
        <source>Already a mediator of this case</source>
        <translation>已是本案调解员</translation>
    </message>
    <message>
        <source>Source: no such event within your reach</source>
        <translation>来源：您的职责范围内没有这个事项</translation>
    </message>
    <message>
        <source>Source: no such visit within your reach</source>
        <translation>来源：您的职责范围内没有这次走访</translation>
    </message>
    <message>
        <source>No such event within your reach</source>
        <translation>您的职责范围内没有这个事项</translation>
    </message>
    <message>
        <source>No such payment in this case&apos;s agreement</source>
        <translation>本案调解协议中没有这笔款项</translation>
    </message>
    <message>
        <source>This payment was already received on %1</source>
        <translation>这笔款项已于 %1 到位</translation>
    </message>
    <message>
        <source>Paid on: after the agreement (%1), up to today</source>
        <translation>到位日期：在协议签订（%1）之后，不晚于今天</translation>
    </message>
    <message>
        <source>%1 yuan on %2</source>
        <translation>%2 到位 %1 元</translation>
    </message>
    <message>
        <source>No such rental house</source>
        <translation>没有这处出租房</translation>
    </message>
    <message>
        <source>%1&apos;s role does not mediate cases</source>
        <translation>%1 的角色不能担任调解员</translation>
    </message>
</context>
<context>
    <name>MediationStatistics</name>
    <message>
        <source>Your role does not see the mediation figures</source>
        <translation>您的角色不能查看调解统计</translation>
    </message>
    <message>
        <source>Period: a start and an end not before it</source>
        <translation>期间：须有开始和不早于开始的结束日期</translation>
    </message>
    <message>
        <source>Your figures are those of your community</source>
        <translation>您只能查看本社区的统计</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>District</source>
        <translation>辖区目录</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Visits &amp; events</source>
        <translation>走访与事项</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>片区管理</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Rental grading</source>
        <translation>出租房等级</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
</context>
<context>
    <name>PostgresText</name>
    <message>
        <source>is not a valid server address (%1)</source>
        <translation>不是有效的服务器地址（%1）</translation>
    </message>
    <message>
        <source>holds a password: shegong never keeps one in an address or a file. Leave it out; shegong asks for it.</source>
        <translation>含有密码：社工系统从不在地址或文件中保存密码。请去掉密码，由社工系统询问。</translation>
    </message>
    <message>
        <source>is on another machine: its connection must be encrypted (sslmode=require, verify-ca or verify-full), not sslmode=%1</source>
        <translation>位于另一台计算机：连接必须加密（sslmode=require、verify-ca 或 verify-full），不能是 sslmode=%1</translation>
    </message>
    <message>
        <source>cannot be reached (%1)</source>
        <translation>无法连接（%1）</translation>
    </message>
    <message>
        <source>cannot be used (%1)</source>
        <translation>无法使用（%1）</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>holds tables of another application, not a shegong database</source>
        <translation>含有其他应用程序的数据表，不是社工系统的数据库</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of role %2.</source>
        <translation>服务器 %1 要求输入角色 %2 的密码。</translation>
    </message>
    <message>
        <source>The server %1 did not accept that password (%2).</source>
        <translation>服务器 %1 不接受该密码（%2）。</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RentalDocuments</name>
    <message>
        <source>%1 rental house grades, %2</source>
        <translation>%1出租房屋等级公示表（%2年度）</translation>
    </message>
    <message>
        <source>%1 · %2 · each house&apos;s grade is that of its last closed round of the year</source>
        <translation>%1 · %2 · 各房屋等级以本年度最后一轮已结束评定为准</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>房东</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间数</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>考核分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>AAA: %1 · AA: %2 · A: %3 · no grade: %4 · %5 houses</source>
        <translation>AAA：%1 · AA：%2 · A：%3 · 无等级：%4 · 共 %5 户</translation>
    </message>
    <message>
        <source>Scored out of 100 on facilities, management and service by the police station and the community&apos;s security office.</source>
        <translation>由派出所和社区治安办按设施、管理、服务三方面百分制评定。</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>发布单位：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Rental house grade</source>
        <translation>出租房屋等级</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>%1 颁发</translation>
    </message>
    <message>
        <source>Rental house grade plaques</source>
        <translation>出租房屋等级牌</translation>
    </message>
</context>
<context>
    <name>RentalService</name>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 不存在</translation>
    </message>
    <message>
        <source>Address: the house&apos;s local address, e.g. 9排20号</source>
        <translation>地址：房屋的门牌地址，如 9排20号</translation>
    </message>
    <message>
        <source>Landlord: a resident of the registry, or a person outside it</source>
        <translation>房东：须为在册居民，或填写册外人员信息</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Registered on: a date up to today</source>
        <translation>登记日期：不能晚于今天</translation>
    </message>
    <message>
        <source>The house is already deregistered</source>
        <translation>该出租房已注销</translation>
    </message>
    <message>
        <source>Deregistered on: between its registration and today</source>
        <translation>注销日期：须在登记日期与今天之间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Reason: say why the house is no longer let</source>
        <translation>原因：请说明不再出租的原因</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) still let: the tenants move out first</source>
        <translation>
            <numerusform>还有 %n 间房在租：请先办理租客搬离</numerusform>
        </translation>
    </message>
    <message>
        <source>The house is deregistered</source>
        <translation>该出租房已注销</translation>
    </message>
    <message>
        <source>Room number: up to 8 letters or digits, e.g. 201</source>
        <translation>房号：最多 8 位字母或数字，如 201</translation>
    </message>
    <message>
        <source>Floor: from -2 to 40</source>
        <translation>楼层：-2 至 40</translation>
    </message>
    <message>
        <source>Area: from 3 to 300 m²</source>
        <translation>面积：3 至 300 平方米</translation>
    </message>
    <message>
        <source>Rent: from 0 to 50,000 yuan a month</source>
        <translation>租金：每月 0 至 50,000 元</translation>
    </message>
    <message>
        <source>Maximum occupants: from 1 to 20</source>
        <translation>最多居住人数：1 至 20</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Room %1 on floor %2 is already a dwelling of this building</source>
        <translation>%2 层 %1 室已是本楼的户室</translation>
    </message>
    <message>
        <source>Room %1 already exists in this house</source>
        <translation>本出租房已有 %1 室</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Room %1 is not for rent</source>
        <translation>%1 室不出租</translation>
    </message>
    <message>
        <source>Room %1 holds at most %2: say why one more moves in</source>
        <translation>%1 室最多住 %2 人：请说明再入住一人的原因</translation>
    </message>
    <message>
        <source>Already a tenant elsewhere: move out of that room first</source>
        <translation>已在别处租住：请先办理搬离</translation>
    </message>
    <message>
        <source>ID number: a tenant is registered by it</source>
        <translation>身份证号：租客须凭身份证登记</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>租住记录</translation>
    </message>
    <message>
        <source>The tenant has already moved out</source>
        <translation>该租客已搬离</translation>
    </message>
    <message>
        <source>Move-out date: between the move-in and today</source>
        <translation>搬离日期：须在入住日期与今天之间</translation>
    </message>
    <message>
        <source>Rental house</source>
        <translation>出租房</translation>
    </message>
    <message>
        <source>This community&apos;s rental houses are outside your scope</source>
        <translation>该社区的出租房不在您的权限范围内</translation>
    </message>
    <message>
        <source>The room is already deregistered</source>
        <translation>该房间已注销</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) still live there: they move out first</source>
        <translation>
            <numerusform>仍有 %n 名租客居住：请先办理搬离</numerusform>
        </translation>
    </message>
    <message>
        <source>Deregistered on: a date up to today</source>
        <translation>注销日期：不能晚于今天</translation>
    </message>
</context>
<context>
    <name>RentalViews</name>
    <message>
        <source>This community&apos;s rental houses are outside your scope</source>
        <translation>该社区的出租房不在您的权限范围内</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>ResidentImport</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Household number</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>现住址</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <source>Category (registered / floating)</source>
        <translation>人员类别（户籍/流动）</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>No column of names: map one in the column step</source>
        <translation>没有姓名列：请在列对应步骤中指定</translation>
    </message>
    <message>
        <source>Where people live: map an address column, or building, unit and room columns</source>
        <translation>居住地：请指定现住址列，或楼栋、单元、室三列</translation>
    </message>
    <message>
        <source>You may not add residents</source>
        <translation>您无权新增居民</translation>
    </message>
    <message>
        <source>Excel stored the ID number as a number and lost its last digits: format the column as text and type the number again</source>
        <translation>Excel 把身份证号存成了数字，末几位已丢失：请把该列设为文本格式后重新录入</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (or 15 digits for an old one)</source>
        <translation>身份证号应为 18 位（老证 15 位）</translation>
    </message>
    <message>
        <source>A 15-digit ID number, upgraded to 18 digits</source>
        <translation>15 位老身份证号，已升为 18 位</translation>
    </message>
    <message>
        <source>The same ID number as row %1 of this file</source>
        <translation>与本文件第 %1 行的身份证号相同</translation>
    </message>
    <message>
        <source>Gender: 男 or 女</source>
        <translation>性别：男 或 女</translation>
    </message>
    <message>
        <source>Not a date: write 2020-01-31 (or keep Excel&apos;s date format)</source>
        <translation>不是日期：请写成 2020-01-31（或保留 Excel 的日期格式）</translation>
    </message>
    <message>
        <source>Category: 户籍 (registered) or 流动 (floating)</source>
        <translation>人员类别：户籍 或 流动</translation>
    </message>
    <message>
        <source>More than one estate has this building: add the estate&apos;s name</source>
        <translation>多个小区都有这个楼栋：请加上小区名称</translation>
    </message>
    <message>
        <source>No such dwelling in your areas</source>
        <translation>您的责任片区内没有这个住所</translation>
    </message>
    <message>
        <source>On file in an area that is not yours</source>
        <translation>已登记在不属于您的片区</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems: correct them, or leave them out</source>
        <translation>
            <numerusform>%n 行有问题：请改正，或跳过这些行</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>已取消：没有写入任何内容</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>(imported) %1</source>
        <translation>（已导入）%1</translation>
    </message>
</context>
<context>
    <name>ResidentRepository</name>
    <message>
        <source>Move-in date: required</source>
        <translation>迁入日期：必填</translation>
    </message>
    <message>
        <source>Birth date: %1 does not match the ID number (%2)</source>
        <translation>出生日期：%1 与身份证号（%2）不符</translation>
    </message>
    <message>
        <source>Gender: does not match the ID number</source>
        <translation>性别：与身份证号不符</translation>
    </message>
    <message>
        <source>Birth date: must not be in the future</source>
        <translation>出生日期：不能晚于今天</translation>
    </message>
    <message>
        <source>Move-in date: up to today</source>
        <translation>迁入日期：不能晚于今天</translation>
    </message>
    <message>
        <source>ID number: already registered to another resident</source>
        <translation>身份证号：已登记在其他居民名下</translation>
    </message>
</context>
<context>
    <name>ResidentService</name>
    <message>
        <source>Household %1 does not exist</source>
        <translation>住户 %1 不存在</translation>
    </message>
    <message>
        <source>The household is not in your areas</source>
        <translation>该户不在您的责任片区内</translation>
    </message>
    <message>
        <source>Resident %1 does not exist</source>
        <translation>居民 %1 不存在</translation>
    </message>
    <message>
        <source>Already moved out on %1</source>
        <translation>已于 %1 迁出</translation>
    </message>
    <message>
        <source>Move-out date: between the move-in date and today</source>
        <translation>迁出日期：应在迁入日期与今天之间</translation>
    </message>
    <message>
        <source>Already lives in this household</source>
        <translation>已是该户成员</translation>
    </message>
    <message>
        <source>Move-in date: up to today</source>
        <translation>迁入日期：不能晚于今天</translation>
    </message>
    <message>
        <source>Dwelling %1 does not exist</source>
        <translation>房屋 %1 不存在</translation>
    </message>
    <message>
        <source>The dwelling is not in your areas</source>
        <translation>该房屋不在您负责的片区内</translation>
    </message>
    <message>
        <source>Move-in date: not before moving into the current household (%1)</source>
        <translation>迁入日期：不能早于迁入现住户的日期（%1）</translation>
    </message>
    <message>
        <source>The household has moved out</source>
        <translation>该户已迁出</translation>
    </message>
    <message>
        <source>The household already lives there</source>
        <translation>该户已住在此处</translation>
    </message>
    <message>
        <source>Moving date: between %1 and today</source>
        <translation>搬迁日期：须在 %1 至今天之间</translation>
    </message>
    <message>
        <source>The resident lives (or lived) outside your areas: ask the worker or director responsible there</source>
        <translation>该居民现（或原）居住在您的责任片区以外：请联系该处的责任社工或社区主任办理</translation>
    </message>
    <message>
        <source>%1 changed this resident at %2, after you opened it: nothing was saved. Open the resident again to see the change, then make yours.</source>
        <translation>%1 于 %2 修改了此居民信息（在您打开之后）：本次未保存任何内容。请重新打开该居民，查看对方的修改后再修改。</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the database&apos;s name.</source>
        <translation>请输入数据库名称。</translation>
    </message>
    <message>
        <source>Enter the database role shegong logs in as.</source>
        <translation>请输入社工软件登录所用的数据库角色。</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>端口是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>A server on another computer is reached only over an encrypted connection: residents&apos; records cross the office network.</source>
        <translation>其他计算机上的服务器只能通过加密连接访问：居民档案要经过办公网络传输。</translation>
    </message>
    <message>
        <source>A client certificate needs its private key, and a key its certificate.</source>
        <translation>客户端证书需要配对的私钥，私钥也需要配对的证书。</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>The file is neither UTF-8 nor GBK/GB18030 text</source>
        <translation>文件既不是 UTF-8 也不是 GBK/GB18030 文本</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Cannot convert %1</source>
        <translation>无法转换 %1</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet shegong can read (.xlsx, .xls, .ods, .csv): %2</source>
        <translation>%1 不是可读取的表格文件（.xlsx、.xls、.ods、.csv）：%2</translation>
    </message>
    <message>
        <source>No sheet named %1</source>
        <translation>没有名为 %1 的工作表</translation>
    </message>
</context>
<context>
    <name>SqliteText</name>
    <message>
        <source>cannot be opened (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>is empty: not a shegong database (nothing was written to it)</source>
        <translation>是空文件：不是社工系统的数据库（未写入任何内容）</translation>
    </message>
    <message>
        <source>cannot be created (%1)</source>
        <translation>无法创建（%1）</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>is damaged (%1); restore it from a backup</source>
        <translation>已损坏（%1），请从备份恢复</translation>
    </message>
    <message>
        <source>is an SQLite file of another application, not a shegong database</source>
        <translation>是其他程序的 SQLite 文件，不是社工系统数据库</translation>
    </message>
    <message>
        <source>is not a shegong database (not an SQLite file)</source>
        <translation>不是社工系统数据库（不是 SQLite 文件）</translation>
    </message>
    <message>
        <source>is damaged; restore it from a backup</source>
        <translation>已损坏，请从备份恢复</translation>
    </message>
    <message>
        <source>cannot use write-ahead logging here (journal mode %1)</source>
        <translation>此处无法使用预写日志（日志模式 %1）</translation>
    </message>
    <message>
        <source>cannot be configured (%1)</source>
        <translation>无法配置（%1）</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Phone: %1 is not an 11-digit mobile number starting 13-19</source>
        <translation>手机号：%1 不是以 13–19 开头的 11 位手机号</translation>
    </message>
    <message>
        <source>Date: %1 is not a date of the form YYYY-MM-DD</source>
        <translation>日期：%1 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>Date: %1 is later than %2</source>
        <translation>日期：%1 晚于 %2</translation>
    </message>
    <message>
        <source>Name: must not be empty</source>
        <translation>姓名：不能为空</translation>
    </message>
    <message>
        <source>Name: at most 40 characters</source>
        <translation>姓名：最多 40 个字</translation>
    </message>
    <message>
        <source>Name: contains a control character</source>
        <translation>姓名：包含控制字符</translation>
    </message>
    <message>
        <source>Name: contains an invisible formatting character</source>
        <translation>姓名：含有不可见的格式字符</translation>
    </message>
    <message>
        <source>%1: at most %2 characters</source>
        <translation>%1：最多 %2 个字符</translation>
    </message>
    <message>
        <source>%1: contains a control or text-direction character</source>
        <translation>%1：含有控制字符或文字方向字符</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Your role does not record visits</source>
        <translation>您的角色不记录走访</translation>
    </message>
    <message>
        <source>Date: must be a day up to today</source>
        <translation>日期：不能晚于今天</translation>
    </message>
    <message>
        <source>Date: more than 90 days ago</source>
        <translation>日期：已超过 90 天</translation>
    </message>
    <message>
        <source>Duties: choose at least one</source>
        <translation>职责：请至少选择一项</translation>
    </message>
    <message>
        <source>Household %1 does not exist</source>
        <translation>住户 %1 不存在</translation>
    </message>
    <message>
        <source>The household has moved out</source>
        <translation>该户已迁出</translation>
    </message>
    <message>
        <source>The household is not in your areas</source>
        <translation>该户不在您的责任片区内</translation>
    </message>
    <message>
        <source>Follow-up of a visit</source>
        <translation>走访跟进事项</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Workbooks</name>
    <message>
        <source>%1 %2-%3</source>
        <translation>%1 %2-%3</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>片区管理</translation>
    </message>
    <message>
        <source>Households in charge</source>
        <translation>在册户数</translation>
    </message>
    <message>
        <source>Households visited</source>
        <translation>走访户数</translation>
    </message>
    <message>
        <source>Of which floating</source>
        <translation>其中流动</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Quota met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>登记：%1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>办结：%1</translation>
    </message>
    <message>
        <source>Events opened</source>
        <translation>登记事项</translation>
    </message>
    <message>
        <source>Events resolved</source>
        <translation>办结事项</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>接待咨询</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>受理案件</translation>
    </message>
    <message>
        <source>Cases mediated</source>
        <translation>参与调解</translation>
    </message>
    <message>
        <source>Cases concluded</source>
        <translation>调结案件</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>考核分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>扣分方式</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>责任社工</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Floating</source>
        <translation>流动</translation>
    </message>
    <message>
        <source>Open events</source>
        <translation>未结事项</translation>
    </message>
    <message>
        <source>Special group</source>
        <translation>特殊群体</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Last visitor</source>
        <translation>最近走访人</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>特殊群体</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项内容</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>You may not export lists</source>
        <translation>您无权导出名单</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>floating</source>
        <translation>流动</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已受理</translation>
    </message>
</context>
<context>
    <name>WorkloadDocument</name>
    <message>
        <source>%1 year %2 month</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Monthly workload of the social workers</source>
        <translation>责任社工月度工作量报表</translation>
    </message>
    <message>
        <source>%1 · whole subdistrict · %2</source>
        <translation>%1 · 全街道 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Quota: %1 households a month</source>
        <translation>考核标准：每月走访 %1 户</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>责任片区</translation>
    </message>
    <message>
        <source>In charge</source>
        <translation>在册户数</translation>
    </message>
    <message>
        <source>Visited (floating)</source>
        <translation>走访户数(流动)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Events opened/resolved</source>
        <translation>事项 登记/办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>考核分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Households visited per worker (line: quota)</source>
        <translation>各社工本月走访户数（虚线：考核标准）</translation>
    </message>
    <message>
        <source>quota %1</source>
        <translation>标准 %1 户</translation>
    </message>
    <message>
        <source>For review (%1): late entries, repeated visits, bursts</source>
        <translation>待核查（%1 条）：补录、重复走访、集中录入</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Monthly workload %1</source>
        <translation>月度工作量 %1</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Score = %1 × households visited ÷ %2 (at most %1) + %3 × events resolved ÷ opened (%3 when none were opened) + %4 × (1 − overdue events ÷ 5, at least 0)</source>
        <translation>考核分 = %1 × 走访户数 ÷ %2（最多 %1）+ %3 × 办结事项 ÷ 登记事项（未登记时为 %3）+ %4 × （1 − 逾期事项 ÷ 5，最低为 0）</translation>
    </message>
    <message>
        <source>%1: households visited per worker (line: quota)</source>
        <translation>%1：各社工走访户数（虚线：考核标准）</translation>
    </message>
    <message>
        <source>Mediation c/o/m/c</source>
        <translation>调解 咨询/受理/参与/调结</translation>
    </message>
    <message>
        <source>Mediation c/o/m/c = consultations received / cases opened / cases mediated with a session in the month / cases concluded (agreement, litigation or withdrawal).</source>
        <translation>调解 咨询/受理/参与/调结 = 本月接待咨询 / 受理案件 / 本月召开调解会的案件 / 调结案件（达成协议、转诉讼或撤回）。</translation>
    </message>
</context>
<context>
    <name>WorkloadReport</name>
    <message>
        <source>Month: %1-%2 is not a month</source>
        <translation>月份：%1-%2 不是有效月份</translation>
    </message>
    <message>
        <source>Community: %1 does not exist</source>
        <translation>社区：%1 不存在</translation>
    </message>
    <message>
        <source>several visits entered within %1 minutes around %2</source>
        <translation>%2 前后 %1 分钟内集中录入多条走访</translation>
    </message>
    <message>
        <source>You may not read this part of the workload report</source>
        <translation>您无权查看工作量报表的这一部分</translation>
    </message>
    <message>
        <source>the visit of %1 was entered on %2</source>
        <translation>%1 的走访于 %2 才录入</translation>
    </message>
    <message>
        <source>%1 (the %2 household) visited %3 times in the month</source>
        <translation>%1（%2户）本月走访 %3 次</translation>
    </message>
    <message>
        <source>Only the subdistrict administrator sets the score&apos;s rules</source>
        <translation>只有街道管理员可以设置考核规则</translation>
    </message>
    <message>
        <source>Month: from this month on (reports of past months keep their rules)</source>
        <translation>月份：从本月起（以往月份的报表保留当时的规则）</translation>
    </message>
    <message>
        <source>Quota: 1 to 200 households a month</source>
        <translation>考核标准：每月 1 至 200 户</translation>
    </message>
    <message>
        <source>Weights: none negative, together 100</source>
        <translation>权重：不能为负，合计为 100</translation>
    </message>
    <message>
        <source>case opened</source>
        <translation>受理案件</translation>
    </message>
    <message>
        <source>case mediated</source>
        <translation>参与调解</translation>
    </message>
    <message>
        <source>case concluded</source>
        <translation>调结案件</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Creating the demo district in %1 …</source>
        <translation>正在 %1 中生成演示辖区……</translation>
    </message>
    <message>
        <source>Demo district</source>
        <translation>演示辖区</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>首次启动</translation>
    </message>
    <message>
        <source>There is no subdistrict database on this computer yet.</source>
        <translation>本机还没有街道数据库。</translation>
    </message>
    <message>
        <source>Set up a real subdistrict</source>
        <translation>建立本街道数据库</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示街道</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>%1 is read-only here (the file or its folder): shegong records every login and change in it. Ask the administrator to make it writable, or open a copy.</source>
        <translation>%1 在此处为只读（文件或其所在文件夹）：社工系统会在其中记录每次登录和修改。请联系管理员改为可写，或打开一份副本。</translation>
    </message>
    <message>
        <source>Set up your subdistrict: you create the administrator account and its password next. Or connect to the office&apos;s shared database server, if the office has one. Or open the demo district (invented residents, in its own file) to look around; its accounts must change their password at first login.</source>
        <translation>设置您的街道：接下来创建管理员账号及其密码。如果办公室有共享数据库服务器，也可以连接到该服务器。或者打开演示街道（虚构的居民，保存在单独的文件中）先看看；其账号首次登录时必须修改密码。</translation>
    </message>
    <message>
        <source>Connect to the office&apos;s server</source>
        <translation>连接办公室服务器</translation>
    </message>
    <message>
        <source>The server is backed up by its administrator.</source>
        <translation>服务器由其管理员负责备份。</translation>
    </message>
    <message>
        <source>A copy of it as it was is kept at %1.</source>
        <translation>升级前的副本保存在 %1。</translation>
    </message>
    <message>
        <source>shegong was updated</source>
        <translation>社工软件已更新</translation>
    </message>
    <message>
        <source>This version upgraded the database from schema %1 to %2. %3</source>
        <translation>此版本已将数据库从结构版本 %1 升级到 %2。%3</translation>
    </message>
</context>
<context>
    <name>shegong::ui::AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>8+ characters, three of: lower, upper, digits, symbols</source>
        <translation>至少 8 位，含小写、大写、数字、符号中的三类</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>The new colleague changes this password at the first login.</source>
        <translation>新同事首次登录时须修改此密码。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>shegong::ui::AccountsPage</name>
    <message>
        <source>New account…</source>
        <translation>新建账号…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked by the administrator</source>
        <translation>已被管理员锁定</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation>尚未设置密码</translation>
    </message>
    <message>
        <source>Must change the password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
</context>
<context>
    <name>shegong::ui::AgreementDialog</name>
    <message>
        <source>Agreement of %1</source>
        <translation>%1 调解协议</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>%1 agrees to the terms</source>
        <translation>%1 同意协议内容</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>纠纷事实</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Record agreement</source>
        <translation>登记调解协议</translation>
    </message>
</context>
<context>
    <name>shegong::ui::AreasPage</name>
    <message>
        <source>Hand over…</source>
        <translation>交接…</translation>
    </message>
    <message>
        <source>Handover dossier…</source>
        <translation>交接清单…</translation>
    </message>
    <message>
        <source>Dossier as PDF…</source>
        <translation>交接清单存为 PDF…</translation>
    </message>
    <message>
        <source>Save the handover dossier</source>
        <translation>保存交接清单</translation>
    </message>
    <message>
        <source>handover-%1.pdf</source>
        <translation>交接清单-%1.pdf</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>责任社工</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Next handover</source>
        <translation>待交接</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Open events</source>
        <translation>未结事项</translation>
    </message>
    <message>
        <source>to %1 from %2</source>
        <translation>%2 起交给 %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人负责</translation>
    </message>
    <message>
        <source>Handover dossier</source>
        <translation>交接清单</translation>
    </message>
    <message>
        <source>Handover dossier %1</source>
        <translation>交接清单 %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook, its tables (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel 工作簿，各表 (*.xlsx)</translation>
    </message>
    <message>
        <source>Import the map…</source>
        <translation>导入地图…</translation>
    </message>
</context>
<context>
    <name>shegong::ui::AuditLogModel</name>
    <message>
        <source>Row</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>shegong::ui::AuditPage</name>
    <message>
        <source>Verify the chain</source>
        <translation>校验完整性</translation>
    </message>
    <message>
        <source>The chain holds: %1 rows</source>
        <translation>审计链完整：共 %1 条</translation>
    </message>
    <message>
        <source>The chain is broken at row %1: %2</source>
        <translation>审计链在第 %1 条断开：%2</translation>
    </message>
</context>
<context>
    <name>shegong::ui::BackupStatus</name>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backup settings…</source>
        <translation>备份设置…</translation>
    </message>
    <message>
        <source>Backups not set up</source>
        <translation>尚未设置备份</translation>
    </message>
    <message>
        <source>Choose a folder for the daily backups (Backup settings…)</source>
        <translation>请为每日备份选择文件夹（备份设置…）</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <source>Backups go to %1</source>
        <translation>备份保存到 %1</translation>
    </message>
    <message>
        <source>Backed up less than an hour ago</source>
        <translation>一小时内已备份</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前已备份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n day(s) ago</source>
        <translation>
            <numerusform>上次备份在 %n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest of %1 backups in %2: %3</source>
        <translation>%2 中共 %1 份备份，最新一份：%3</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Also when shegong is closed</source>
        <translation>关闭社工系统时也备份</translation>
    </message>
    <message>
        <source>Folder (another disk or a share)</source>
        <translation>文件夹（另一块磁盘或共享文件夹）</translation>
    </message>
    <message>
        <source>Every day at</source>
        <translation>每天时间</translation>
    </message>
    <message>
        <source>Copies kept</source>
        <translation>保留份数</translation>
    </message>
</context>
<context>
    <name>shegong::ui::CaseDialog</name>
    <message>
        <source>New mediation case</source>
        <translation>受理调解案件</translation>
    </message>
    <message>
        <source>people&apos;s mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <source>administrative mediation</source>
        <translation>行政调解</translation>
    </message>
    <message>
        <source>judicial mediation</source>
        <translation>司法调解</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>only when a mediator lives with a party</source>
        <translation>仅在调解员与当事人同住时填写理由</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>扣分方式</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>事项内容</translation>
    </message>
    <message>
        <source>Amount in dispute</source>
        <translation>争议金额</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>受理案件</translation>
    </message>
    <message>
        <source>New mediation case from an event</source>
        <translation>由事项新建调解案件</translation>
    </message>
</context>
<context>
    <name>shegong::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Choose a new password: at least %1 characters with %2 of lower case, upper case, digits and symbols, not one of your last %3.</source>
        <translation>请设置新密码：至少 %1 个字符，包含小写字母、大写字母、数字、符号中的至少 %2 类，且不能与最近 %3 次的密码相同。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>shegong::ui::ChecklistModel</name>
    <message>
        <source>Withholds any grade, whatever the score</source>
        <translation>一票否决：无论得分多少均不评等级</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>每处 %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分标准</translation>
    </message>
    <message>
        <source>Count or points</source>
        <translation>次数或分值</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>扣分</translation>
    </message>
</context>
<context>
    <name>shegong::ui::ConnectionDialog</name>
    <message>
        <source>Office database server</source>
        <translation>办公室数据库服务器</translation>
    </message>
    <message>
        <source>Every workstation of the office works on one PostgreSQL server. The subdistrict&apos;s administrator knows its address; the password is asked for when the server wants one and is never stored on this computer.</source>
        <translation>办公室的所有工作站共用一台 PostgreSQL 服务器。街道管理员知道它的地址；服务器需要密码时会询问，密码绝不会保存在这台计算机上。</translation>
    </message>
    <message>
        <source>e.g. db.office.lan (empty: this computer)</source>
        <translation>例如 db.office.lan（留空：本机）</translation>
    </message>
    <message>
        <source>Encrypted, server&apos;s name verified (recommended)</source>
        <translation>加密，并验证服务器名称（推荐）</translation>
    </message>
    <message>
        <source>Encrypted, server&apos;s certificate verified</source>
        <translation>加密，并验证服务器证书</translation>
    </message>
    <message>
        <source>Encrypted, server not verified</source>
        <translation>加密，不验证服务器</translation>
    </message>
    <message>
        <source>Not encrypted (this computer only)</source>
        <translation>不加密（仅限本机）</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem)</source>
        <translation>证书 (*.crt *.pem)</translation>
    </message>
    <message>
        <source>Private keys (*.key *.pem)</source>
        <translation>私钥 (*.key *.pem)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Database role</source>
        <translation>数据库角色</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <source>Office&apos;s certificate authority</source>
        <translation>办公室证书颁发机构</translation>
    </message>
    <message>
        <source>This workstation&apos;s certificate</source>
        <translation>本工作站的证书</translation>
    </message>
    <message>
        <source>Its private key</source>
        <translation>证书私钥</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <source>Password (kept only until shegong closes):</source>
        <translation>密码（仅保留到社工软件关闭）：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>shegong::ui::ConsultationDialog</name>
    <message>
        <source>Consultation</source>
        <translation>咨询接待</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>来访人</translation>
    </message>
    <message>
        <source>About</source>
        <translation>咨询事项</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>答复意见</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Record consultation</source>
        <translation>登记咨询</translation>
    </message>
</context>
<context>
    <name>shegong::ui::DistrictTreeModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Social worker: %1</source>
        <translation>责任社工：%1</translation>
    </message>
    <message>
        <source>No worker assigned</source>
        <translation>未分配社工</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n floor(s)</source>
        <translation>
            <numerusform>%1，%n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>(no residents)</source>
        <translation>（无居民）</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n person(s)</source>
        <translation>
            <numerusform>%1 · %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 household · %2</source>
        <translation>%1户 · %2</translation>
    </message>
    <message>
        <source>%1 household</source>
        <translation>%1户</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>renting here since %1</source>
        <translation>自 %1 起在此租住</translation>
    </message>
</context>
<context>
    <name>shegong::ui::EventDialog</name>
    <message>
        <source>New event — %1</source>
        <translation>新建事项 — %1</translation>
    </message>
    <message>
        <source>The whole household</source>
        <translation>全户</translation>
    </message>
    <message>
        <source>The worker of the area</source>
        <translation>片区责任社工</translation>
    </message>
    <message>
        <source>What is the matter, and what has been agreed</source>
        <translation>事项内容及约定</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Open the event</source>
        <translation>登记事项</translation>
    </message>
</context>
<context>
    <name>shegong::ui::EventsPage</name>
    <message>
        <source>Start</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>上报…</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>To</source>
        <translation>上报至</translation>
    </message>
    <message>
        <source>The community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>The subdistrict</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Steps of the selected event</source>
        <translation>所选事项的办理记录</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项内容</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Households unvisited the longest (special groups first)</source>
        <translation>最久未走访的住户（特殊群体优先）</translation>
    </message>
    <message>
        <source>last visited %1</source>
        <translation>上次走访 %1</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <source>%1 household</source>
        <translation>%1户</translation>
    </message>
    <message>
        <source> · special group</source>
        <translation> · 特殊群体</translation>
    </message>
    <message>
        <source>Resolved ones too (to close)</source>
        <translation>也显示已解决（待关闭）的</translation>
    </message>
    <message>
        <source>Mediation case…</source>
        <translation>调解案件…</translation>
    </message>
    <message>
        <source>Mediation case</source>
        <translation>调解案件</translation>
    </message>
</context>
<context>
    <name>shegong::ui::FirstAdministratorDialog</name>
    <message>
        <source>Subdistrict administrator</source>
        <translation>街道管理员</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the subdistrict administrator; there are no default passwords.</source>
        <translation>此数据库还没有账号。请创建街道管理员账号；系统没有默认密码。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>shegong::ui::FloorTool</name>
    <message>
        <source>%1 household</source>
        <translation>%1户</translation>
    </message>
</context>
<context>
    <name>shegong::ui::HouseDialog</name>
    <message>
        <source>A resident of the building</source>
        <translation>本楼居民</translation>
    </message>
    <message>
        <source>A person outside the registry</source>
        <translation>非在册人员</translation>
    </message>
    <message>
        <source>Rental house %1</source>
        <translation>出租房 %1</translation>
    </message>
    <message>
        <source>New rental house</source>
        <translation>登记出租房</translation>
    </message>
    <message>
        <source>as on the door, e.g. 9排20号</source>
        <translation>按门牌填写，如 9排20号</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>房东</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Save house</source>
        <translation>保存出租房</translation>
    </message>
    <message>
        <source>Register house</source>
        <translation>登记出租房</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>shegong::ui::HouseholdPanel</name>
    <message>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Click a building on the map to see its households.</source>
        <translation>在地图上点击楼幢，查看其住户。</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n floor(s)</source>
        <translation>
            <numerusform>%1，%n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dwellings · %2 households · %3 residents (%4 floating)</source>
        <translation>%1 套户室 · %2 户 · %3 人（流动人口 %4 人）</translation>
    </message>
    <message>
        <source>Social worker: %1</source>
        <translation>责任社工：%1</translation>
    </message>
    <message>
        <source>Open floors</source>
        <translation>分层查看</translation>
    </message>
    <message>
        <source>Show the building floor by floor (or double-click it on the map)</source>
        <translation>按楼层查看该楼幢（或在地图上双击楼幢）</translation>
    </message>
    <message>
        <source>Record visit</source>
        <translation>记录走访</translation>
    </message>
    <message>
        <source>History of the household (every worker, newest first)</source>
        <translation>住户历史（所有社工，最新在前）</translation>
    </message>
    <message>
        <source>No visits or events yet</source>
        <translation>尚无走访或事项</translation>
    </message>
    <message>
        <source>Show ID number and phone in full…</source>
        <translation>查看完整身份证号和电话…</translation>
    </message>
    <message>
        <source>Show in full</source>
        <translation>查看完整信息</translation>
    </message>
    <message>
        <source>Why do you need %1&apos;s full ID number and phone? (recorded in the audit log)</source>
        <translation>查看 %1 的完整身份证号和电话的事由（将记入审计日志）：</translation>
    </message>
    <message>
        <source>%1
ID number: %2
Phone: %3</source>
        <translation>%1
身份证号：%2
电话：%3</translation>
    </message>
    <message>
        <source>Visit (%1): %2</source>
        <translation>走访（%1）：%2</translation>
    </message>
    <message>
        <source>Event: %1 [%2]</source>
        <translation>事项：%1【%2】</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新建事项…</translation>
    </message>
    <message>
        <source>Outside your areas: its households are not shown.</source>
        <translation>不在您的片区：不显示其住户。</translation>
    </message>
    <message>
        <source>Rental house %1: %2 · %3 rooms, %4 let, %5 vacant</source>
        <translation>出租房 %1：%2 · %3 间，已租 %4 间，空置 %5 间</translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation>尚未评级</translation>
    </message>
    <message>
        <source>Mediation case [%1]</source>
        <translation>调解案件［%1］</translation>
    </message>
    <message>
        <source>Mediation case…</source>
        <translation>调解案件…</translation>
    </message>
</context>
<context>
    <name>shegong::ui::HousesPanel</name>
    <message>
        <source>let</source>
        <translation>已租</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>not for rent</source>
        <translation>不出租</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>房东</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间数</translation>
    </message>
    <message>
        <source>Let</source>
        <translation>已租</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>户籍</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>入住人数</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租客</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>迁入日期</translation>
    </message>
    <message>
        <source>Over capacity because</source>
        <translation>超员原因</translation>
    </message>
    <message>
        <source>Register house…</source>
        <translation>登记出租房…</translation>
    </message>
    <message>
        <source>Edit house…</source>
        <translation>修改出租房…</translation>
    </message>
    <message>
        <source>Deregister house…</source>
        <translation>注销出租房…</translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>添加房间…</translation>
    </message>
    <message>
        <source>Edit room…</source>
        <translation>修改房间…</translation>
    </message>
    <message>
        <source>Register tenant…</source>
        <translation>登记租客…</translation>
    </message>
    <message>
        <source>Move out…</source>
        <translation>迁出…</translation>
    </message>
    <message>
        <source>Deregister house</source>
        <translation>注销出租房</translation>
    </message>
    <message>
        <source>Why is %1 no longer let?</source>
        <translation>%1 为何不再出租？</translation>
    </message>
    <message>
        <source>%1 deregistered; its history stays.</source>
        <translation>%1 已注销，历史记录保留。</translation>
    </message>
    <message>
        <source>Move out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>%1 moves out today? The registry record stays.</source>
        <translation>%1 今天搬离？户籍登记记录将保留。</translation>
    </message>
    <message>
        <source>%1 moved out; the registry keeps the record.</source>
        <translation>%1 已搬离，登记记录保留。</translation>
    </message>
    <message>
        <source>Deregister room</source>
        <translation>注销房间</translation>
    </message>
    <message>
        <source>Room %1 is no longer let? It stays in the history.</source>
        <translation>%1 室不再出租？历史记录将保留。</translation>
    </message>
    <message>
        <source>Room %1 deregistered.</source>
        <translation>%1 室已注销。</translation>
    </message>
</context>
<context>
    <name>shegong::ui::InspectionForm</name>
    <message>
        <source>What the team saw (a note for the landlord and the next round)</source>
        <translation>检查情况（供房东和下一轮参考）</translation>
    </message>
    <message>
        <source>Why this inspection replaces the earlier one</source>
        <translation>本次检查替代原结果的原因</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>House</source>
        <translation>出租房</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Save inspection</source>
        <translation>保存检查结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 · %2 round %3 (%4 to %5)</source>
        <translation>%1 · %2 年第 %3 轮（%4 至 %5）</translation>
    </message>
    <message>
        <source>No round is open: a community&apos;s director opens one.</source>
        <translation>目前没有进行中的评定轮次：请社区主任开启。</translation>
    </message>
    <message>
        <source>%1 (%2, %3 rooms)</source>
        <translation>%1（%2，%3 间）</translation>
    </message>
    <message>
        <source>Inspected on %1 in this round: %2 points, %3. A new inspection replaces it and both are kept.</source>
        <translation>本轮已于 %1 检查：%2 分，%3。再次检查将替代原结果，两次记录均保留。</translation>
    </message>
    <message>
        <source>%1 points · no grade (%2)</source>
        <translation>%1 分 · 无等级（%2）</translation>
    </message>
    <message>
        <source>%1 points · %2</source>
        <translation>%1 分 · %2</translation>
    </message>
    <message>
        <source>Photo %1: at most 5 MB, and readable</source>
        <translation>照片 %1：最大 5 MB，且须可读取</translation>
    </message>
    <message>
        <source>Saved: %1, %2 points, %3.</source>
        <translation>已保存：%1，%2 分，%3。</translation>
    </message>
</context>
<context>
    <name>shegong::ui::LoginDialog</name>
    <message>
        <source>Social worker</source>
        <translation>责任社工</translation>
    </message>
    <message>
        <source>Community director</source>
        <translation>社区主任</translation>
    </message>
    <message>
        <source>Subdistrict administrator</source>
        <translation>街道管理员</translation>
    </message>
    <message>
        <source>Rental assessor</source>
        <translation>出租房考评员</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>Caps Lock is on</source>
        <translation>大写锁定已打开</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The session is locked. Enter your password to continue; unsaved work is kept.</source>
        <translation>会话已锁定。请输入密码继续，未保存的工作不会丢失。</translation>
    </message>
    <message>
        <source>Shegong — community social work</source>
        <translation>社工 — 社区社会工作</translation>
    </message>
    <message>
        <source>A new subdistrict</source>
        <translation>新街道</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>shegong::ui::MainWindow</name>
    <message>
        <source>%1 — Community Social Work</source>
        <translation>%1 — 社工</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>%1 communities · %2 areas · %3 buildings · %4 households · %5 residents (%6 floating)</source>
        <translation>%1 个社区 · %2 个片区 · %3 幢楼 · %4 户 · %5 名居民（流动人口 %6）</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Workstation recorded in the audit trail: %1</source>
        <translation>审计日志记录的工作站：%1</translation>
    </message>
    <message>
        <source>Scheduled backup failed: %1</source>
        <translation>定时备份失败：%1</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>关闭前正在备份…</translation>
    </message>
</context>
<context>
    <name>shegong::ui::MapImportDialog</name>
    <message>
        <source>Import the good features, leave the bad ones out</source>
        <translation>导入合格的要素，跳过有问题的</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import the map</source>
        <translation>导入地图</translation>
    </message>
    <message>
        <source>only for a file that declares none, e.g. EPSG:4549</source>
        <translation>仅当文件未注明坐标系时填写，例如 EPSG:4549</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Map files (*.geojson *.json *.shp *.gpkg *.kml *.dxf)</source>
        <translation>地图文件 (*.geojson *.json *.shp *.gpkg *.kml *.dxf)</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Added %1, updated %2 buildings; %3 new areas; %4 features left out.</source>
        <translation>新增楼幢 %1，更新 %2；新增片区 %3；跳过要素 %4。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <translation>要素 %1：%2</translation>
    </message>
    <message>
        <source>%1 features from %2: %3 buildings to place (orange), %4 bad, %5 warnings.</source>
        <translation>共 %1 个要素（%2）：待放置楼幢 %3 个（橙色），有问题 %4 个，提示 %5 条。</translation>
    </message>
    <message>
        <source>Choose a file first</source>
        <translation>请先选择文件</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) are bad: nothing was imported (tick the box to leave them out)</source>
        <translation>
            <numerusform>%n 个要素有问题：未导入任何内容（勾选后可跳过它们）</numerusform>
        </translation>
    </message>
    <message>
        <source>feature %1 (note): %2</source>
        <translation>要素 %1（提示）：%2</translation>
    </message>
</context>
<context>
    <name>shegong::ui::MapPage</name>
    <message>
        <source>%1
%2 households · %3 residents</source>
        <translation>%1
%2 户 · %3 人</translation>
    </message>
    <message>
        <source>Find an address or building code</source>
        <translation>查找地址或楼幢编号</translation>
    </message>
    <message>
        <source>No building matches “%1”</source>
        <translation>没有与“%1”匹配的楼幢</translation>
    </message>
    <message>
        <source>Whole district</source>
        <translation>全街道</translation>
    </message>
    <message>
        <source>Floor view (Esc returns to the district): </source>
        <translation>分层视图（按 Esc 返回街道全图）：</translation>
    </message>
</context>
<context>
    <name>shegong::ui::MediationPage</name>
    <message>
        <source>every state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>所在调解组织</translation>
    </message>
    <message>
        <source>Consultation…</source>
        <translation>咨询接待…</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>受理案件…</translation>
    </message>
    <message>
        <source>Session…</source>
        <translation>调解记录…</translation>
    </message>
    <message>
        <source>Agreement…</source>
        <translation>调解协议…</translation>
    </message>
    <message>
        <source>No agreement…</source>
        <translation>调解未果…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>上报…</translation>
    </message>
    <message>
        <source>Litigation…</source>
        <translation>转诉讼…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>调解未果</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>转诉讼</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>The case has no agreement yet</source>
        <translation>该案件尚未达成协议</translation>
    </message>
    <message>
        <source>Taken in from</source>
        <translation>受理日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Cases and successes by category</source>
        <translation>各类纠纷受理及调解成功数</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>%1
%2 · %3

Only its mediators, the directors and the studio read this case.</source>
        <translation>%1
%2 · %3

只有承办调解员、社区主任和法官调解工作室可查看此案件。</translation>
    </message>
    <message>
        <source>Numbers: %1</source>
        <translation>案号：%1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>Mediators: %1</source>
        <translation>调解员：%1</translation>
    </message>
    <message>
        <source>Session %1 at %2: %3</source>
        <translation>%1 于%2调解：%3</translation>
    </message>
    <message>
        <source>Agreement of %1: %2 (%3 yuan)</source>
        <translation>%1 达成协议：%2（%3 元）</translation>
    </message>
    <message>
        <source>From %1 to %2
Consultations: %3
Cases taken in: %4
Successful: %5 (%6 %)
Average sessions to agreement: %7
Average days to agreement: %8
Escalated: %9 · litigation: %10 · withdrawn: %11</source>
        <translation>%1 至 %2
咨询：%3 次
受理案件：%4 件
调解成功：%5 件（%6%）
平均调解次数：%7
平均调解天数：%8
上移：%9 · 转诉讼：%10 · 撤回：%11</translation>
    </message>
    <message>
        <source>taken in</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>successful</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1：已完成</translation>
    </message>
    <message>
        <source>%1 %2: session due %3</source>
        <translation>%1 %2：%3 应再次调解</translation>
    </message>
    <message>
        <source>%1 %2: nothing since %3</source>
        <translation>%1 %2：自 %3 起无进展</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>全部调解组织</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Add a mediator…</source>
        <translation>增加调解员…</translation>
    </message>
    <message>
        <source>Payment received…</source>
        <translation>款项到位…</translation>
    </message>
    <message>
        <source>Apply for judicial confirmation</source>
        <translation>申请司法确认</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Judicial confirmation granted</source>
        <translation>司法确认有效</translation>
    </message>
    <message>
        <source>Judicial confirmation refused</source>
        <translation>司法确认驳回</translation>
    </message>
    <message>
        <source>%1 %2: payment due %3 not received</source>
        <translation>%1 %2：%3 到期的款项尚未到位</translation>
    </message>
    <message>
        <source>Sessions due in the next 7 days: %1 · cases idle for more than 30 days: %2 · agreements with a payment overdue: %3</source>
        <translation>7 天内待调解：%1 · 超过 30 天无进展：%2 · 协议款项逾期未到位：%3</translation>
    </message>
    <message>
        <source>%1 yuan due %2: received %3</source>
        <translation>%1 元，%2 到期：%3 已到位</translation>
    </message>
    <message>
        <source>%1 yuan due %2: not received</source>
        <translation>%1 元，%2 到期：尚未到位</translation>
    </message>
    <message>
        <source>Add a mediator</source>
        <translation>增加调解员</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>%1 yuan due %2</source>
        <translation>%1 元，%2 到期</translation>
    </message>
    <message>
        <source>Every payment of the agreement has been received</source>
        <translation>协议款项均已到位</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>款项到位</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>款项</translation>
    </message>
    <message>
        <source>Received on (yyyy-mm-dd)</source>
        <translation>到位日期（年-月-日）</translation>
    </message>
    <message>
        <source>Rental house: %1</source>
        <translation>出租房：%1</translation>
    </message>
</context>
<context>
    <name>shegong::ui::MoveDialog</name>
    <message>
        <source>Move %1 to another household</source>
        <translation>将 %1 迁入其他住户</translation>
    </message>
    <message>
        <source>Move the household of %1</source>
        <translation>%1 所在住户整户搬迁</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Dwelling</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Tenure of a new household</source>
        <translation>新住户的居住性质</translation>
    </message>
    <message>
        <source>Moves in on</source>
        <translation>迁入日期</translation>
    </message>
    <message>
        <source>Moves on</source>
        <translation>搬迁日期</translation>
    </message>
    <message>
        <source>The earlier residence is kept in the resident&apos;s history.</source>
        <translation>原居住记录保留在该居民的居住史中。</translation>
    </message>
    <message>
        <source>The household keeps its members, visits and events; its open events go to the worker of the new area.</source>
        <translation>住户的成员、走访和事项记录随户保留；未结事项转给新片区的责任社工。</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source> · head %1</source>
        <translation> · 户主 %1</translation>
    </message>
    <message>
        <source>Household of %1 (%2)</source>
        <translation>%1 户（%2）</translation>
    </message>
    <message>
        <source>no head</source>
        <translation>无户主</translation>
    </message>
    <message>
        <source>A new household</source>
        <translation>新建住户</translation>
    </message>
    <message>
        <source>Choose a building and a dwelling</source>
        <translation>请选择楼栋和房屋</translation>
    </message>
</context>
<context>
    <name>shegong::ui::OpenRoundDialog</name>
    <message>
        <source>Open an assessment round</source>
        <translation>开启评定轮次</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>上报至</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>评定细则</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>考评人员</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Community security office</source>
        <translation>社区治安办</translation>
    </message>
    <message>
        <source>Open round</source>
        <translation>开启轮次</translation>
    </message>
    <message>
        <source>%1 (AAA ≥ %2, AA ≥ %3, A ≥ %4)</source>
        <translation>%1（AAA ≥ %2，AA ≥ %3，A ≥ %4）</translation>
    </message>
    <message>
        <source>none yet: the administrator sets the rules</source>
        <translation>尚无：请街道管理员设置评定细则</translation>
    </message>
</context>
<context>
    <name>shegong::ui::PersonPicker</name>
    <message>
        <source>Not in the registry</source>
        <translation>非在册人员</translation>
    </message>
    <message>
        <source>name or pinyin initials</source>
        <translation>姓名或拼音首字母</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>shegong::ui::QuotaLabel</name>
    <message>
        <source>Visited this month: %1/%2 households</source>
        <translation>本月走访 %1/%2 户</translation>
    </message>
</context>
<context>
    <name>shegong::ui::ReassignDialog</name>
    <message>
        <source>Hand over area %1 %2</source>
        <translation>交接片区 %1 %2</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现任</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人负责</translation>
    </message>
    <message>
        <source>%1 (%2) since %3</source>
        <translation>%1（%2），自 %3 起</translation>
    </message>
    <message>
        <source>New worker</source>
        <translation>接任社工</translation>
    </message>
    <message>
        <source>From</source>
        <translation>交接日期</translation>
    </message>
    <message numerus="yes">
        <source>The area&apos;s %n open event(s) move to the new worker on that day. Visits and events stay with the households, so the new worker sees the whole history.</source>
        <translation>
            <numerusform>该片区 %n 件未结事项将于当日转给接任社工。走访和事项记录随住户保留，接任社工可查看全部历史。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交接</translation>
    </message>
</context>
<context>
    <name>shegong::ui::RegistryPage</name>
    <message>
        <source>Name, pinyin initials (zxj), ID number or its last 4 digits, phone, address</source>
        <translation>姓名、拼音首字母（如 zxj）、身份证号或后 4 位、手机号、地址</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>户籍</translation>
    </message>
    <message>
        <source>Floating</source>
        <translation>流动</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>全部年龄</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18 岁以下</translation>
    </message>
    <message>
        <source>18–59</source>
        <translation>18–59 岁</translation>
    </message>
    <message>
        <source>60–79</source>
        <translation>60–79 岁</translation>
    </message>
    <message>
        <source>80 and over</source>
        <translation>80 岁及以上</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation>
            <numerusform>共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to this household…</source>
        <translation>添加到该户…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Move out…</source>
        <translation>迁出…</translation>
    </message>
    <message>
        <source>Move to another household…</source>
        <translation>迁入其他住户…</translation>
    </message>
    <message>
        <source>Move the whole household…</source>
        <translation>整户搬迁…</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Move out — %1</source>
        <translation>迁出 — %1</translation>
    </message>
    <message>
        <source>Nobody is deleted: the record and its history stay, marked as moved out.</source>
        <translation>不删除任何人：档案及其历史保留，标记为已迁出。</translation>
    </message>
    <message>
        <source>Move out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Moved out on</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>residents.xlsx</source>
        <translation>居民名单.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
</context>
<context>
    <name>shegong::ui::RentalPage</name>
    <message>
        <source>Vacancies</source>
        <translation>空房</translation>
    </message>
    <message>
        <source>Wall table</source>
        <translation>等级公示表</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>评定轮次</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查评分</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Houses and tenants</source>
        <translation>房屋与租客</translation>
    </message>
</context>
<context>
    <name>shegong::ui::ReportsPage</name>
    <message>
        <source>Whole subdistrict</source>
        <translation>全街道</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>For review: entered late, repeated visits, bursts of entries</source>
        <translation>待核查：补录、重复走访、集中录入</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>责任片区</translation>
    </message>
    <message>
        <source>In charge</source>
        <translation>在册户数</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>走访户数</translation>
    </message>
    <message>
        <source>Of which floating</source>
        <translation>其中流动</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Quota met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Events opened</source>
        <translation>登记事项</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>考核分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 workers · double-click a worker to see the visits behind the figures</source>
        <translation>共 %1 名社工 · 双击某行查看其走访明细</translation>
    </message>
    <message>
        <source>Records behind the figures</source>
        <translation>数据明细</translation>
    </message>
    <message>
        <source>%1  event %2 [%3] due %4: %5</source>
        <translation>%1  事项 %2 [%3] 期限 %4：%5</translation>
    </message>
    <message>
        <source>My own figures (%1)</source>
        <translation>本人数据（%1）</translation>
    </message>
    <message>
        <source>Social workers&apos; monthly workload</source>
        <translation>责任社工月度工作量报表</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Score rules…</source>
        <translation>考核规则…</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>接待咨询</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>受理案件</translation>
    </message>
    <message>
        <source>Cases mediated</source>
        <translation>参与调解</translation>
    </message>
    <message>
        <source>Cases concluded</source>
        <translation>调结案件</translation>
    </message>
    <message>
        <source>%1  visit  %2  %3  %4</source>
        <translation>%1  走访  %2  %3  %4</translation>
    </message>
    <message>
        <source>%1  consultation at %2: %3, %4</source>
        <translation>%1  在%2接待咨询：%3，%4</translation>
    </message>
    <message>
        <source>%1  %2 %3 %4 [%5]</source>
        <translation>%1  %2 %3 %4 [%5]</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>No report is shown</source>
        <translation>尚未显示报表</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>shegong::ui::ResetPasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>为 %1 设置新密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>They must change it at their next login.</source>
        <translation>对方下次登录时须修改。</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>shegong::ui::ResidentDialog</name>
    <message>
        <source>Edit resident — %1</source>
        <translation>编辑居民 — %1</translation>
    </message>
    <message>
        <source>Add a resident</source>
        <translation>添加居民</translation>
    </message>
    <message>
        <source>(from the ID number)</source>
        <translation>（由身份证号得出）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, only without an ID number</source>
        <translation>YYYY-MM-DD，仅在无身份证号时填写</translation>
    </message>
    <message>
        <source>%1 — type a new number to replace it</source>
        <translation>%1 — 输入新号码以替换</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>18 characters (GB 11643)</source>
        <translation>18 位（GB 11643）</translation>
    </message>
    <message>
        <source>mobile, 11 digits</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>户籍类型</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>居住证号</translation>
    </message>
    <message>
        <source>Permit expires</source>
        <translation>居住证有效期至</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>迁入日期</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>%1 → %2  %3</source>
        <translation>%1 → %2  %3</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Where the resident has lived</source>
        <translation>居住史</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>请更正标红的字段。</translation>
    </message>
    <message>
        <source>Birth date: use YYYY-MM-DD</source>
        <translation>出生日期：请用 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>Permit expiry: use YYYY-MM-DD</source>
        <translation>居住证有效期：请用 YYYY-MM-DD 格式</translation>
    </message>
</context>
<context>
    <name>shegong::ui::ResidentImportWizard</name>
    <message>
        <source>Leave the rows with problems out and import the others</source>
        <translation>跳过有问题的行，导入其余各行</translation>
    </message>
    <message>
        <source>Import residents</source>
        <translation>导入居民</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A spreadsheet saved by Excel or WPS (.xlsx, .xls, .ods) or a CSV file (UTF-8 or GBK).</source>
        <translation>Excel 或 WPS 保存的表格（.xlsx、.xls、.ods），或 CSV 文件（UTF-8 或 GBK）。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>各列对应</translation>
    </message>
    <message>
        <source>Recognised from the headers (or as chosen last time for this header); change any.</source>
        <translation>按表头识别（或沿用上次对这一表头的选择）；均可修改。</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>表头所在行</translation>
    </message>
    <message>
        <source>The check (nothing is written yet)</source>
        <translation>检查（尚未写入）</translation>
    </message>
    <message>
        <source>Save the problems…</source>
        <translation>保存问题清单…</translation>
    </message>
    <message>
        <source>Problems, row by row</source>
        <translation>逐行问题</translation>
    </message>
    <message>
        <source>The first rows as they will be stored</source>
        <translation>前几行将这样保存</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>%1 data rows: %2 new, %3 updated, %4 already on file as they are; %5 problem(s), %6 warning(s).</source>
        <translation>共 %1 行数据：新增 %2，更新 %3，已登记且无变化 %4；问题 %5 条，提示 %6 条。</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>As</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>迁入日期</translation>
    </message>
    <message>
        <source>Importing residents…</source>
        <translation>正在导入居民…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a file first</source>
        <translation>请先选择文件</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 row(s) left out.</source>
        <translation>已导入：新增 %1，更新 %2，无变化 %3，跳过 %4 行。</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <source>-problems.xlsx</source>
        <translation>-问题清单.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>shegong::ui::ResidentTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>户籍类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>片区</translation>
    </message>
</context>
<context>
    <name>shegong::ui::RoomBoard</name>
    <message>
        <source>%1 room %2</source>
        <translation>%1 %2 室</translation>
    </message>
</context>
<context>
    <name>shegong::ui::RoomDialog</name>
    <message>
        <source>For rent</source>
        <translation>出租</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>%1 室</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>添加房间</translation>
    </message>
    <message>
        <source> m²</source>
        <translation> 平方米</translation>
    </message>
    <message>
        <source> yuan a month</source>
        <translation> 元/月</translation>
    </message>
    <message>
        <source>e.g. 独立卫生间、空调、热水器</source>
        <translation>如 独立卫生间、空调、热水器</translation>
    </message>
    <message>
        <source>Room number</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Sleeps at most</source>
        <translation>最多居住人数</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Save room</source>
        <translation>保存房间</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>添加房间</translation>
    </message>
</context>
<context>
    <name>shegong::ui::RoundsPanel</name>
    <message>
        <source>Close round…</source>
        <translation>结束轮次…</translation>
    </message>
    <message>
        <source>Plaques PDF…</source>
        <translation>等级牌 PDF…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>上报至</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>考评组</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>%1 结束</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Houses per grade</source>
        <translation>各等级户数</translation>
    </message>
    <message>
        <source>Open round…</source>
        <translation>开启轮次…</translation>
    </message>
    <message>
        <source>Close round</source>
        <translation>结束轮次</translation>
    </message>
    <message>
        <source>Close round %1 of %2? Its scores become final and read-only.</source>
        <translation>结束 %2 年第 %1 轮？结束后评分即为最终结果，不能修改。</translation>
    </message>
    <message>
        <source>Plaques PDF</source>
        <translation>等级牌 PDF</translation>
    </message>
    <message>
        <source>Plaques-%1-%2-round %3.pdf</source>
        <translation>出租房屋等级牌-%1-%2年第%3轮.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Round %1 of %2&lt;/b&gt;: %3 houses inspected, average score %4&lt;br&gt;AAA %5 · AA %6 · A %7 · no grade %8&lt;br&gt;Since the round before: %9 up, %10 down&lt;br&gt;&lt;b&gt;Deducted most:&lt;/b&gt; %11</source>
        <translation>&lt;b&gt;%2 年第 %1 轮&lt;/b&gt;：检查 %3 户，平均 %4 分&lt;br&gt;AAA %5 · AA %6 · A %7 · 无等级 %8&lt;br&gt;与上一轮相比：升级 %9 户，降级 %10 户&lt;br&gt;&lt;b&gt;扣分最多：&lt;/b&gt; %11</translation>
    </message>
    <message>
        <source>Houses</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Grading rules…</source>
        <translation>评定细则…</translation>
    </message>
</context>
<context>
    <name>shegong::ui::RuleSetDialog</name>
    <message>
        <source>fixed</source>
        <translation>固定扣分</translation>
    </message>
    <message>
        <source>range</source>
        <translation>区间扣分</translation>
    </message>
    <message>
        <source>per occurrence</source>
        <translation>按次扣分</translation>
    </message>
    <message>
        <source>Grading rules</source>
        <translation>评定细则</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>扣分方式</translation>
    </message>
    <message>
        <source>Points from</source>
        <translation>分值从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Withholds the grade</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>等级分数线</translation>
    </message>
    <message>
        <source>Most a group may lose</source>
        <translation>各类扣分上限</translation>
    </message>
    <message>
        <source>Saving makes a new version: rounds already scored keep the version they used.</source>
        <translation>保存即生成新版本：已评分的轮次仍按原版本。</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
</context>
<context>
    <name>shegong::ui::ScoreRulesDialog</name>
    <message>
        <source> households</source>
        <translation> 户</translation>
    </message>
    <message>
        <source>Score rules</source>
        <translation>考核规则</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效月份</translation>
    </message>
    <message>
        <source>Monthly quota</source>
        <translation>每月走访标准</translation>
    </message>
    <message>
        <source>Weight of the quota</source>
        <translation>走访达标权重</translation>
    </message>
    <message>
        <source>Weight of events resolved</source>
        <translation>事项办结权重</translation>
    </message>
    <message>
        <source>Weight of no overdue events</source>
        <translation>无逾期事项权重</translation>
    </message>
    <message>
        <source>A month&apos;s report keeps the rules in force then; a change applies from the chosen month until the next change.</source>
        <translation>每月报表沿用当月有效的规则；修改自所选月份起生效，直至下次修改。</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Together: %1 of 100</source>
        <translation>合计：%1 / 100</translation>
    </message>
</context>
<context>
    <name>shegong::ui::SessionDialog</name>
    <message>
        <source>Mediation session</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>mediation room</source>
        <translation>调解室</translation>
    </message>
    <message>
        <source>both parties, the mediator</source>
        <translation>双方当事人、调解员</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>调解时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>调解情况</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Record session</source>
        <translation>登记调解记录</translation>
    </message>
</context>
<context>
    <name>shegong::ui::TenantDialog</name>
    <message>
        <source>Register a tenant</source>
        <translation>登记租客</translation>
    </message>
    <message>
        <source>only when the room is already full</source>
        <translation>仅在房间已住满时填写</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>居住证号</translation>
    </message>
    <message>
        <source>Permit valid until</source>
        <translation>居住证有效期至</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Moves in on</source>
        <translation>迁入日期</translation>
    </message>
    <message>
        <source>Over capacity because</source>
        <translation>超员原因</translation>
    </message>
    <message>
        <source>The tenant is registered as floating population of the room&apos;s household.</source>
        <translation>租客将作为流动人口登记在该房间的住户中。</translation>
    </message>
    <message>
        <source>Register tenant</source>
        <translation>登记租客</translation>
    </message>
</context>
<context>
    <name>shegong::ui::VacancyPanel</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source> m²</source>
        <translation> 平方米</translation>
    </message>
    <message>
        <source>any grade</source>
        <translation>不限等级</translation>
    </message>
    <message>
        <source>A or better</source>
        <translation>A 级及以上</translation>
    </message>
    <message>
        <source>AA or better</source>
        <translation>AA 级及以上</translation>
    </message>
    <message>
        <source>AAA</source>
        <translation>AAA</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>考核分</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Sleeps</source>
        <translation>可住人数</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Rent from</source>
        <translation>租金从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Area at least</source>
        <translation>面积不小于</translation>
    </message>
    <message>
        <source>Floor at most</source>
        <translation>楼层不高于</translation>
    </message>
    <message>
        <source>Room board: &lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; vacant · &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; let · &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; not for rent</source>
        <translation>房态图：&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; 空置 · &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; 已租 · &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; 不出租</translation>
    </message>
    <message numerus="yes">
        <source>%n vacant room(s), the best house first (grades of the last closed round)</source>
        <translation>
            <numerusform>共 %n 间空房，等级高的房屋在前（按最近一轮已结束评定）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shegong::ui::VisitDialog</name>
    <message>
        <source>Needs follow-up (opens an event)</source>
        <translation>需要跟进（登记为服务事项）</translation>
    </message>
    <message>
        <source>Record a visit — %1</source>
        <translation>记录走访 — %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>情况记录</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>shegong::ui::WallTablePanel</name>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>房东</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间数</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>考核分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Rental grades-%1-%2.pdf</source>
        <translation>出租房屋等级公示表-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Each house&apos;s grade is that of its last closed round of the year.</source>
        <translation>各房屋等级以本年度最后一轮已结束评定为准。</translation>
    </message>
    <message>
        <source>%1 graded houses, %2 of them AAA</source>
        <translation>已评级 %1 户，其中 AAA %2 户</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
</context>
</TS>
