import { utcOffsetLabel } from './format-in-zone.ts';

/*
 * Intl.DisplayNames has no city names, and zh-CN's generic zone names are regional ("北美太平洋时间"),
 * so the zones readers most often come from are named by their city. A module of its own: only
 * the zone toggle and the build name zones, not every page that formats a time.
 */
const CITIES: Record<string, string> = {
  Shanghai: '上海', Chongqing: '重庆', Urumqi: '乌鲁木齐', Hong_Kong: '香港', Macau: '澳门', Taipei: '台北',
  Tokyo: '东京', Seoul: '首尔', Singapore: '新加坡', Kuala_Lumpur: '吉隆坡', Bangkok: '曼谷', Jakarta: '雅加达',
  Manila: '马尼拉', Ho_Chi_Minh: '胡志明市', Kolkata: '印度', Calcutta: '印度', Dubai: '迪拜', Tehran: '德黑兰',
  Jerusalem: '耶路撒冷', Istanbul: '伊斯坦布尔', Moscow: '莫斯科', London: '伦敦', Dublin: '都柏林', Lisbon: '里斯本',
  Paris: '巴黎', Berlin: '柏林', Amsterdam: '阿姆斯特丹', Brussels: '布鲁塞尔', Zurich: '苏黎世', Vienna: '维也纳',
  Rome: '罗马', Madrid: '马德里', Stockholm: '斯德哥尔摩', Oslo: '奥斯陆', Copenhagen: '哥本哈根', Helsinki: '赫尔辛基',
  Warsaw: '华沙', Prague: '布拉格', Athens: '雅典', Cairo: '开罗', Johannesburg: '约翰内斯堡', Lagos: '拉各斯', Nairobi: '内罗毕',
  New_York: '纽约', Toronto: '多伦多', Chicago: '芝加哥', Denver: '丹佛', Phoenix: '凤凰城', Los_Angeles: '洛杉矶',
  Vancouver: '温哥华', Anchorage: '安克雷奇', Honolulu: '檀香山', Mexico_City: '墨西哥城', Sao_Paulo: '圣保罗',
  Buenos_Aires: '布宜诺斯艾利斯', Santiago: '圣地亚哥', Bogota: '波哥大', Lima: '利马', Sydney: '悉尼', Melbourne: '墨尔本',
  Brisbane: '布里斯班', Perth: '珀斯', Auckland: '奥克兰',
};

/**
 * "上海时间（UTC+8）", "洛杉矶时间（UTC−8）", else the zone's generic name in Chinese ("北美山区时间（UTC−7）").
 * In English: "Shanghai time (UTC+8)", from the zone id's city.
 */
export function zoneLabel(zone: string, epochMs: number, lang = 'zh-CN'): string {
  if (lang === 'en') {
    const place = zone.includes('/') ? zone.split('/').pop()!.replaceAll('_', ' ') : undefined;
    return `${place ? `${place} time` : zone === 'UTC' || zone === 'Etc/UTC' ? 'Coordinated Universal Time' : zone} (${utcOffsetLabel(epochMs, zone)})`;
  }
  const city = CITIES[zone.split('/').pop() ?? ''];
  let name = city ? `${city}时间` : undefined;
  if (!name) {
    const generic = new Intl.DateTimeFormat('zh-CN', { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(epochMs)
      .find((part) => part.type === 'timeZoneName')?.value;
    // Without a name ICU falls back to "GMT-08:00"; the offset is shown anyway, so say the id instead.
    name = generic && !/^(GMT|UTC)/.test(generic) ? generic : zone === 'UTC' || zone === 'Etc/UTC' ? '协调世界时' : zone;
  }
  return `${name}（${utcOffsetLabel(epochMs, zone)}）`;
}
