/**
 * Text normalisation before feature extraction: Unicode NFKC (full-width letters, digits and
 * punctuation become half-width), lower case, and traditional → simplified Chinese for the
 * characters that matter in wallet support, so 帳戶被盜 and 账户被盗 give the same features.
 *
 * The character table is small (about 620 common characters, one-to-one mappings only); a full
 * OpenCC conversion is out of scope for a package that must stay small. Word-level variants
 * (Cantonese, Taiwanese usage, typos) are folded for features by ./zh-variants.ts.
 */

// Pairs of traditional → simplified characters (`帳账戶户…`): about 620 characters common in
// help requests and everyday writing, one-to-one mappings only. Characters whose conversion
// depends on the word (Cantonese 係 "is" vs 關係) are left to ./zh-variants.ts.
const PAIRS =
  '帳账賬账戶户轉转錢钱碼码儲储額额認认證证詐诈騙骗銀银號号頁页綁绑關关閉闭開开啟启貨货幣币賣卖買买貸贷壞坏頭头體体廣广場场單单據据實实際际幫帮護护記记錄录鎖锁設设驗验憑凭絕绝確确餘余請请須须內内總总類类' +
  '網网絡络線线連连擊击顯显機机復复還还進进過过選选這这裡里麼么麽么為为無无時时間间聯联繫系見见點点現现給给們们個个對对發发會会來来後后經经兩两說说話话變变門门問问題题應应該该讓让錯错誤误僅仅當当從从與与' +
  '處处長长費费種种擔担憂忧嗎吗員员態态氣气幾几並并盜盗竊窃詢询複复雜杂掃扫聽听講讲讀读寫写換换異异樣样條条斷断續续紀纪務务區区資资訊讯電电郵邮傳传輸输視视頻频圖图檔档鍵键歷历週周隱隐權权風风險险違违規规' +
  '罰罚凍冻結结撥拨導导補补償偿損损訂订購购領领紅红禮礼積积淨净淺浅賺赚賠赔餓饿飯饭館馆車车東东師师書书習习學学樂乐歡欢專专業业職职醫医療疗藥药親亲屬属戰战爭争輕轻鬆松擁拥簡简華华麗丽臉脸識识別别攝摄駕驾' +
  '駛驶簽签約约議议價价產产鑰钥辦办獲获儘尽盡尽寬宽嚴严緊紧緻致層层級级顧顾訴诉訟讼鑑鉴鑒鉴協协調调遲迟筆笔劃划壓压縮缩擴扩張张標标準准齊齐備备計计轄辖盤盘審审註注銷销閃闪載载裝装優优匯汇遺遗掛挂舊旧攔拦' +
  '兌兑冊册狀状預预愛爱煩烦謝谢紐纽擇择帶带陸陆豐丰萬万億亿塊块邊边鐘钟歲岁臺台灣湾團团繳缴稅税貼贴彈弹錶表麵面陳陈範范圍围構构術术鏈链檢检測测試试獎奖勵励綫线衝冲滿满遠远適适夠够雙双綠绿絲丝敗败帐账鈔钞' +
  '沒没遊游刪删數数達达統统動动稱称畫画薦荐細细紋纹釣钓魚鱼駭骇國国熱热雲云亂乱暫暂飲饮廳厅譯译運运颱台擋挡洩泄驟骤蝦虾舖铺卻却媽妈戲戏報报參参純纯詞词黨党燈灯敵敌遞递釘钉鬥斗獨独隊队噸吨奪夺兒儿爾尔髮发' +
  '飛飞紛纷婦妇負负蓋盖幹干趕赶剛刚鋼钢崗岗鞏巩貢贡觀观慣惯歸归櫃柜貴贵漢汉環环黃黄揮挥輝辉夥伙極极繼继堅坚監监減减膠胶較较階阶節节潔洁屆届驚惊鏡镜舉举劇剧覺觉軍军凱凯課课礦矿虧亏藍蓝蘭兰攬揽勞劳離离曆历' +
  '練练糧粮輛辆獵猎臨临齡龄劉刘樓楼輪轮論论羅罗螞蚂貓猫夢梦彌弥綿绵廟庙滅灭鳴鸣畝亩納纳難难腦脑鬧闹擬拟鳥鸟寧宁濃浓農农諾诺歐欧噴喷鵬鹏貧贫評评撲扑僕仆樸朴騎骑豈岂棄弃遷迁槍枪牆墙搶抢橋桥傾倾慶庆窮穷勸劝' +
  '擾扰榮荣軟软潤润灑洒賽赛傘伞喪丧殺杀曬晒傷伤賞赏燒烧紹绍紳绅腎肾聲声繩绳勝胜聖圣濕湿勢势飾饰壽寿獸兽帥帅誰谁順顺碩硕飼饲頌颂蘇苏雖虽隨随孫孙瑣琐攤摊貪贪談谈歎叹湯汤燙烫濤涛討讨鐵铁塗涂託托駝驼襪袜彎弯' +
  '衛卫偉伟溫温聞闻穩稳窩窝霧雾錫锡嚇吓鮮鲜閑闲獻献縣县憲宪鄉乡詳详響响項项曉晓脅胁興兴許许尋寻訓训鴨鸭亞亚煙烟顏颜鹽盐揚扬陽阳養养爺爷葉叶儀仪藝艺憶忆義义陰阴營营贏赢傭佣湧涌猶犹語语獄狱園园圓圆緣缘願愿' +
  '躍跃閱阅災灾贊赞臟脏棗枣責责則则澤泽賊贼贈赠閘闸債债漲涨脹胀趙赵貞贞針针偵侦診诊陣阵鎮镇睜睁鄭郑織织執执紙纸誌志製制質质眾众軸轴晝昼皺皱豬猪諸诸燭烛囑嘱築筑駐驻磚砖莊庄壯壮錐锥濁浊綜综縱纵組组鑽钻乾干' +
  '於于僱雇鬱郁龍龙蟲虫賴赖籤签寶宝騰腾彙汇鈕钮攜携齒齿讚赞隻只廠厂漁渔鹹咸餅饼雞鸡裏里蘋苹鋪铺';

// Simplified code unit of each mapped traditional one (0: not mapped). Every pair is in the BMP,
// so a flat table indexed by code unit replaces a Map lookup per character.
const SIMPLIFIED_OF = (() => {
  const table = new Uint16Array(0x10000);
  for (let i = 0; i + 1 < PAIRS.length; i += 2) table[PAIRS.charCodeAt(i)] = PAIRS.charCodeAt(i + 1);
  return table;
})();

const ASCII = /^[\x00-\x7f]*$/;

/** How many UTF-16 code units of a text are looked at; the rest is ignored (see the guide). */
export const MAX_TEXT_LENGTH = 2000;

/**
 * Normalises a help request for feature extraction: keeps the first {@link MAX_TEXT_LENGTH}
 * characters, applies NFKC (full-width → half-width), lower-cases, and maps common traditional
 * Chinese characters to simplified ones.
 *
 * @example
 * ```ts
 * import { normalizeText } from 'walletdesk/classifier';
 * normalizeText('我的帳戶被盜了'); // => '我的账户被盗了'
 * normalizeText('ＴＯＰ－ＵＰ'); // => 'top-up'
 * ```
 */
export function normalizeText(text: string): string {
  const head = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  // Plain ASCII (most English requests) needs no Unicode folding.
  if (ASCII.test(head)) return head.toLowerCase();
  const folded = head.normalize('NFKC').toLowerCase();
  let out = '';
  let copied = 0;
  for (let i = 0; i < folded.length; i++) {
    const simplified = SIMPLIFIED_OF[folded.charCodeAt(i)]!;
    if (simplified === 0) continue;
    out += folded.slice(copied, i) + String.fromCharCode(simplified);
    copied = i + 1;
  }
  return copied === 0 ? folded : out + folded.slice(copied);
}
