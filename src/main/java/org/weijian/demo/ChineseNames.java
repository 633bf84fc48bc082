package org.weijian.demo;

import java.util.SplittableRandom;

/** Plausible Chinese personal names from the commonest surnames and given-name characters. */
final class ChineseNames {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
			+ "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤";

	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国海波宁"
			+ "欣怡晨阳子涵浩然宇轩梓萱雨桐思远志强文博佳琪晓东丹丹晶莉雪梅春生秋实立新卫东婷颖瑶佳慧淑珍鑫磊";

	private ChineseNames() {
	}

	static String person(SplittableRandom random) {
		StringBuilder name = new StringBuilder();
		name.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
		int given = random.nextInt(10) < 3 ? 1 : 2;
		for (int i = 0; i < given; i++) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	static char surname(SplittableRandom random) {
		return SURNAMES.charAt(random.nextInt(SURNAMES.length()));
	}

}
