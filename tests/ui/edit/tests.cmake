# Without a server: diff view, editable form, conflict view.
scs_ui_test(tst_editviews edit)
# Against the local stack as alice: edit, review, apply, conflict, 422, local errors, New from a
# multi-document file, drafts across object switches and a controller restart.
scs_ui_test(tst_editcontroller edit STACK)
