package org.weijian.inspection;

/**
 * 风险分级 — a subject's risk tier, which sets how large a share of its stratum a plan draws: A (low) to D
 * (high). Subjects on the key-supervision list (重点监管名单) are tier D.
 */
public enum RiskTier {

	A, B, C, D

}
