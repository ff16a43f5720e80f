declare namespace App {
  interface Locals {
    /** Running count of <Fact> elements rendered on the current page (for unique tooltip ids). */
    factSeq?: number;
  }
}
