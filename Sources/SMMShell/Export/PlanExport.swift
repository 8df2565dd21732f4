import Foundation
import SMMCore

/// The brand's plan as the documented JSON (`schemas/plan.schema.json`): ``PlanReport``
/// through `JSONEncoder`, keys sorted, two-space indents.
package enum PlanExport {
  /// The schema version written in every export.
  package static let version = PlanReport.version

  /// The plan of `state` as JSON text, ending with a newline.
  package static func json(_ state: BrandState) -> String {
    text(PlanReport.build(state))
  }

  /// `report` as JSON text, ending with a newline.
  package static func text(_ report: PlanReport) -> String {
    JSONOutput.pretty(report) + "\n"
  }
}
