package org.weijian.inspection.calendar;

/** What a listed calendar day is: a public holiday (放假) or an adjusted working day (调休上班) on a weekend. */
public enum DayKind {

	HOLIDAY, WORKING

}
