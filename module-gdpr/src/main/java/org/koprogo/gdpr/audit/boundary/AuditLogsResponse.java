package org.koprogo.gdpr.audit.boundary;

import java.util.List;

import org.koprogo.core.paging.boundary.Page;

/** One page of the audit trail, in KoproGo's shape. */
public record AuditLogsResponse(List<AuditLogResponse> logs, long total, int page, int perPage, long totalPages) {

    static AuditLogsResponse of(Page<AuditLogResponse> page) {
        return new AuditLogsResponse(page.data(), page.pagination().totalItems(), page.pagination().currentPage(),
                page.pagination().perPage(), page.pagination().totalPages());
    }
}
