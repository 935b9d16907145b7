/**
 * Slots particular to criminal cases (DOMAIN.md §4.4, a 中级人民法院's 刑事一审 list, M), shared by the
 * first- and second-instance criminal templates.
 */
import type { SlotContent, SlotPatch } from './build-template.js';

export const criminalSlots = {
  indictment: {
    title: '起诉书（自诉状）正本及附件',
    names: ['起诉书', '刑事起诉书', '自诉状', '刑事自诉状', '刑事附带民事起诉状', '附带民事起诉状', '刑事附带民事诉状', '量刑建议书', '起诉书附件'],
    keywords: ['起诉书', '自诉', '量刑建议', '附带民事起诉', '附带民事诉状'],
    negativeKeywords: ['送达回证', '送达回执', '送达', '撤回', '补充起诉', '签发'],
    textKeywords: ['提起公诉', '请依法判处', '量刑建议', '自诉请求'],
    negativeTextKeywords: ['判决如下', '裁定如下'],
    categories: ['efiling', 'party_submission', 'court_document'],
    note: '附带民事起诉状随起诉书（自诉状）归入本格位（DOMAIN.md §4.4 第4项“起诉书（自诉状）正本及附件”）。',
  },
  'indictment-service-receipt': {
    title: '起诉书送达回证',
    names: ['起诉书送达回证', '起诉书副本送达回证'],
    keywords: ['送达回证+起诉书', '送达回执+起诉书', '送达+起诉书副本', '送达+自诉状副本'],
    textKeywords: ['起诉书副本', '自诉状副本'],
    categories: ['service_receipt'],
  },
  'defence-counsel': {
    title: '聘请、指定、委托辩护人材料',
    names: ['辩护委托书', '委托辩护协议', '律师事务所函', '法律援助公函', '指派辩护函', '指定辩护通知书', '法律援助通知书', '律师执业证', '授权委托书', '委托书'],
    keywords: ['辩护人', '委托辩护', '辩护委托', '法律援助', '指派', '指定辩护', '所函', '执业证', '委托书'],
    negativeKeywords: ['送达回证', '辩护词', '辩护意见', '鉴定'],
    textKeywords: ['担任被告人', '辩护人', '法律援助', '兹指派'],
    categories: ['efiling', 'party_submission'],
  },
  arrest: {
    title: '逮捕决定、逮捕证及家属通知',
    names: ['逮捕决定书', '决定逮捕书', '逮捕证', '逮捕通知书', '拘留证', '拘留通知书', '逮捕家属通知书'],
    keywords: ['逮捕', '刑事拘留', '拘留证', '拘留通知'],
    negativeKeywords: ['送达回证', '取保', '司法拘留'],
    textKeywords: ['决定逮捕', '执行逮捕', '羁押处所', '已被逮捕'],
    categories: ['court_document'],
  },
  'seizure-list': {
    title: '扣押物品清单',
    names: ['扣押物品清单', '扣押清单', '扣押决定书', '随案移送物品清单', '扣押物品文件清单'],
    keywords: ['扣押'],
    negativeKeywords: ['送达回证', '查封'],
    textKeywords: ['扣押物品', '物品名称', '持有人'],
    categories: ['court_document', 'evidence'],
  },
  'sealing-order': {
    title: '查封令、查封物品清单',
    names: ['查封令', '查封物品清单', '查封决定书', '查封清单'],
    keywords: ['查封'],
    negativeKeywords: ['送达回证', '扣押'],
    textKeywords: ['查封物品', '查封期限'],
    categories: ['court_document'],
  },
  bail: {
    title: '取保候审、保外就医决定书及保证书',
    names: ['取保候审决定书', '保证书', '保证金收据', '监视居住决定书', '保外就医决定书', '取保候审保证书', '解除取保候审决定书'],
    keywords: ['取保候审', '保证书', '保证金', '监视居住', '保外就医'],
    negativeKeywords: ['送达回证'],
    textKeywords: ['取保候审', '保证人', '监视居住'],
    categories: ['court_document'],
  },
  'supplementary-materials': {
    title: '要求补送材料函及补送材料',
    names: ['补充材料函', '补送材料函', '补充侦查材料', '补充证据材料', '补送材料', '补充移送材料', '建议补充侦查函'],
    keywords: ['补充材料', '补送', '补充侦查', '补充移送', '补充证据'],
    negativeKeywords: ['送达回证', '补充起诉'],
    textKeywords: ['补充侦查', '补送', '补充移送'],
    categories: ['court_document', 'evidence'],
  },
  'interrogation-record': {
    title: '审问（讯问）笔录',
    names: ['审问笔录', '讯问笔录', '庭前讯问笔录', '提讯笔录'],
    keywords: ['讯问', '审问', '提讯'],
    negativeKeywords: ['送达回证', '庭审', '开庭', '提讯证'],
    textKeywords: ['讯问人', '被讯问人', '讯问地点'],
    categories: ['hearing_record', 'court_document'],
  },
  'confession-register': {
    title: '被告人坦白交代、揭发问题登记表及查证材料',
    names: ['坦白交代登记表', '揭发问题登记表', '立功材料', '检举揭发材料', '查证材料', '坦白交代、揭发问题登记表'],
    keywords: ['坦白', '揭发', '检举', '立功'],
    negativeKeywords: ['送达回证'],
    textKeywords: ['检举揭发', '立功表现', '查证情况'],
    categories: ['court_document', 'evidence'],
  },
  'time-limit-extension': {
    title: '延长审限的决定、报告及批复',
    names: ['延长审限决定书', '延长审理期限报告', '延长审限批复', '延长审理期限审批表', '延长审限审批表', '延长审理期限决定书'],
    keywords: ['延长审限', '延长审理期限'],
    negativeKeywords: ['送达回证'],
    textKeywords: ['延长审理期限', '延长审限'],
    categories: ['court_document'],
  },
  'hearing-announcement': {
    title: '开庭公告底稿',
    names: ['开庭公告', '开庭公告底稿', '公告底稿'],
    keywords: ['开庭公告'],
    negativeKeywords: ['送达回证'],
    textKeywords: ['公开开庭审理', '特此公告'],
    categories: ['court_document'],
  },
  'judicial-suggestion': {
    title: '司法建议书',
    names: ['司法建议书', '司法建议', '司法建议函'],
    keywords: ['司法建议'],
    negativeKeywords: ['送达回证'],
    textKeywords: ['司法建议', '建议你单位'],
    categories: ['court_document'],
  },
  protest: {
    title: '抗诉书',
    names: ['抗诉书', '刑事抗诉书', '抗诉意见书', '支持抗诉意见书'],
    keywords: ['抗诉'],
    negativeKeywords: ['送达回证', '移送'],
    textKeywords: ['提出抗诉', '抗诉理由'],
    categories: ['efiling', 'party_submission'],
  },
  'enforcement-notice': {
    title: '执行通知书存根和回执（释放证回执）',
    names: ['执行通知书', '执行通知书回执', '执行通知书存根', '释放证', '释放证回执', '罪犯交付执行通知书'],
    keywords: ['执行通知', '释放证', '交付执行', '收监'],
    negativeKeywords: ['送达回证'],
    textKeywords: ['交付执行', '收押', '释放', '送交监狱'],
    categories: ['court_document'],
  },
  'exhibit-disposal': {
    title: '赃物、证物移送清单及处理手续材料',
    names: ['赃物移送清单', '证物移送清单', '赃款赃物处理', '罚没款收据', '涉案财物处理清单', '没收物品清单', '赃款赃物移送清单'],
    keywords: ['赃物', '赃款', '证物', '罚没', '涉案财物', '没收'],
    negativeKeywords: ['送达回证'],
    textKeywords: ['涉案财物', '赃款', '没收'],
    categories: ['court_document'],
  },
} satisfies Record<string, SlotContent>;

export type CriminalSlotId = keyof typeof criminalSlots;

/** The 庭审笔录 of a criminal case holds 公诉词、辩护词、证人证词、被告人陈述词 (DOMAIN.md §4.4 item 20). */
export const criminalHearingTranscriptPatch = {
  title: '开庭审判笔录（公诉词、辩护词、证人证词、被告人陈述词）',
  addNames: ['公诉词', '公诉意见书', '辩护词', '辩护意见', '证人证词', '被告人陈述词', '出庭意见书'],
  addKeywords: ['公诉意见', '辩护词', '辩护意见', '出庭意见', '证人证词', '陈述词'],
} satisfies SlotPatch;

/** 提押票, 换押票 and the 庭审前工作笔录单 travel with the summons (item 18); the 开庭公告 has its own slot. */
export const criminalSummonsPatch = {
  title: '庭审前工作笔录单及开庭前通知、传票、提押票、换押票',
  addNames: ['提押票', '换押票', '庭审前工作笔录单', '提讯提解证', '出庭通知书'],
  addKeywords: ['提押', '换押', '提解', '提讯证', '工作笔录单'],
  removeNames: ['开庭公告', '听证通知书'],
  removeKeywords: ['开庭公告', '听证通知'],
  removeNegativeKeywords: ['笔录'],
  addNegativeKeywords: ['开庭公告', '庭审笔录', '开庭笔录', '讯问笔录'],
} satisfies SlotPatch;
