// Prints a report of verify.mjs: one line per check group (Vietnamese / English), the failures named, the result table.
const SHOWN = 10;

/** @param {ReturnType<typeof import('./verify.mjs').verifyBulletin>} report @param {string} file @returns {string} */
export function formatReport(report, file) {
  const out = [];
  out.push(`Bản tin / Bulletin: ${file}`);
  out.push(`SHA-256: ${report.sha256}`);
  if (report.hashMatches !== undefined) {
    out.push(report.hashMatches
      ? '  = mã băm in trên biên bản / matches the hash printed on the minutes'
      : '  ≠ KHÁC mã băm in trên biên bản / DIFFERS from the hash printed on the minutes');
  }
  if (report.session) {
    const s = report.session;
    out.push(`Phiên / Session: ${s.sessionId}${s.title ? ` "${s.title}"` : ''}, vòng/round ${s.round}`);
  }
  out.push('');
  report.groups.forEach((g, i) => {
    const mark = g.skipped ? '[BỎ QUA/SKIPPED]' : g.ok ? '[ĐẠT/PASS]' : '[LỖI/FAIL]';
    const detail = g.skipped ? 'bản tin sai định dạng / bulletin malformed' : g.detail;
    out.push(`${mark.padEnd(17)} ${String(i + 1).padStart(2)}. ${g.vi} / ${g.en}${detail ? ` — ${detail}` : ''}`);
    for (const f of g.failures.slice(0, SHOWN)) out.push(`      - ${f}`);
    if (g.failures.length > SHOWN) out.push(`      … và ${g.failures.length - SHOWN} lỗi khác / and ${g.failures.length - SHOWN} more`);
  });
  if (report.results) {
    out.push('');
    out.push('Kết quả tính lại / Recomputed result (YES / NO / ABSTAIN):');
    for (const r of report.results) {
      const flag = r.elected ? 'TRÚNG CỬ/ELECTED' : r.tied ? 'HÒA GHẾ CUỐI/TIED' : r.passed ? 'ĐẠT NGƯỠNG/PASSED' : '';
      out.push(`  ${String(r.yes).padStart(4)} ${String(r.no).padStart(4)} ${String(r.abstain).padStart(4)}  ${r.label} (${r.ref}) ${flag}`);
    }
  }
  out.push('');
  const failed = report.groups.filter((g) => !g.ok).length + (report.hashMatches === false ? 1 : 0);
  const skipped = report.groups.filter((g) => g.skipped).length;
  const vi = `${failed} nhóm không đạt${skipped ? `, ${skipped} nhóm bỏ qua` : ''}`;
  const en = `${failed} check group(s) failed${skipped ? `, ${skipped} skipped` : ''}`;
  out.push(report.ok
    ? 'KẾT LUẬN / VERDICT: HỢP LỆ — mọi kiểm tra đều đạt / VALID — every check passed'
    : `KẾT LUẬN / VERDICT: KHÔNG HỢP LỆ — ${vi} / INVALID — ${en}`);
  return out.join('\n');
}
