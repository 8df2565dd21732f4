/// An error a caller's transaction body throws to refuse a change before it writes anything
/// (a name taken, a brand changed elsewhere). A store passes it on as it is and, inside a
/// batch, keeps the batch going; any other error fails the write (and rolls the batch back).
package protocol WorkspaceRefusal: Error {}
