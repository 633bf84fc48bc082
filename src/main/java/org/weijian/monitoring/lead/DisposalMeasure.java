package org.weijian.monitoring.lead;

/**
 * 处理措施 — what the office does about a confirmed lead, after 《医疗保障基金使用监督管理条例》 Art. 38–40:
 * 追回 (recover the amount), 罚款 (fine), 暂停 (suspend the medical-insurance service), 移交 (refer, e.g. to
 * the police or the discipline body), 约谈 (summon and warn).
 */
public enum DisposalMeasure {

	RECOVER, PENALTY, SUSPEND, REFER, WARN;

	public String messageKey() {
		return "monitoring.lead.measure." + name();
	}

}
