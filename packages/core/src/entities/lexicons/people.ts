// People reports name without a title beside them: the state's and the party's leaders, whose
// names stand alone in reports on zones (习近平总书记考察, 李强主持). Public record, 2012 onwards; a
// name that is also an everyday word (汪洋, "a vast sea") is left to the cues.

/** National leaders, each as written in reports. */
export const NATIONAL_LEADERS: readonly string[] = [
  '习近平', '李克强', '李强', '栗战书', '王沪宁', '赵乐际', '韩正', '蔡奇', '丁薛祥', '李希', '张德江', '俞正声', '刘云山', '王岐山',
  '张高丽', '胡锦涛', '温家宝', '江泽民', '朱镕基', '李鹏', '邓小平', '毛泽东', '周恩来', '刘少奇', '孙中山',
];
