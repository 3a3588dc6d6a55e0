// Science parks of Taiwan and Hong Kong, which the mainland's zone lists leave out, each with
// the names reports write for it; the first name is the official one. From the parks' own
// administrations (國科會 science parks; Hong Kong's Cyberport and Science Park).

/** A park and its other names; `taiwanShort` names (竹科, 中科, 南科) are zones only in text about Taiwan. */
export interface ParkNames {
  readonly names: readonly string[];
  readonly taiwanShort?: readonly string[];
}

export const OTHER_PARKS: readonly ParkNames[] = [
  { names: ['新竹科学工业园区', '新竹科学园区', '新竹科学园'], taiwanShort: ['竹科'] },
  { names: ['中部科学工业园区', '中部科学园区', '台中科学园区'], taiwanShort: ['中科'] },
  { names: ['南部科学工业园区', '南部科学园区'], taiwanShort: ['南科'] },
  { names: ['台南科学园区', '台南园区'] },
  { names: ['高雄科学园区', '路竹科学园区', '高雄园区'] },
  { names: ['屏东科学园区'] },
  { names: ['竹北生医园区', '新竹生物医学园区'] },
  { names: ['数码港', '香港数码港'] },
  { names: ['香港科学园'] },
  { names: ['河套深港科技创新合作区', '河套合作区'] },
];

/** Words in text about Taiwan: with one of them, 竹科 / 中科 / 南科 are the science parks. */
export const TAIWAN_CONTEXT = /台湾|臺灣|台灣|新台币|新台幣|新臺幣|民国|民國|科学园区|科學園區|科学工业园区|国科会|國科會|行政院|台北|臺北|竹科|南科/;
