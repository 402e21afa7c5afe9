package org.koprogo.expenses.account.control;

/**
 * What a write says of an account. Its code names the account created; on update it may only repeat the
 * account's own (null: not said).
 */
public record AccountChanges(String code, String label, String parentCode, boolean directUse) {
}
