package org.bluehelmet.security;

import java.util.List;

import org.bluehelmet.audit.AuditEntry;
import org.bluehelmet.audit.AuditLog;
import org.bluehelmet.audit.AuditVerification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for administrators, newest first: a system administrator sees every
 * entry, a mission administrator those of its missions.
 */
@RestController
class AuditController {

	private final AuditLog log;

	private final AuditVerification verification;

	private final MissionAccess access;

	AuditController(AuditLog log, AuditVerification verification, MissionAccess access) {
		this.log = log;
		this.verification = verification;
		this.access = access;
	}

	@GetMapping("/api/v1/admin/audit")
	List<AuditEntry> entries(@RequestParam(required = false) String action,
			@RequestParam(defaultValue = "" + Long.MAX_VALUE) long before,
			@RequestParam(defaultValue = "100") int limit) {
		return log.entries(access.missionsOfCaller(), action, before, Math.max(1, Math.min(limit, 1000)));
	}

	@GetMapping("/api/v1/admin/audit/verification")
	AuditVerification.Result verify() {
		return verification.verify();
	}

}
