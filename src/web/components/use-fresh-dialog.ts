import { Form, type FormInstance } from 'antd';
import { useEffect } from 'react';

/** A dialog's form and mutation, both reset each time the dialog opens (no stale values or error). */
export function useFreshDialog<T extends object>(open: boolean, mutation: { reset: () => void }): FormInstance<T> {
  const [form] = Form.useForm<T>();
  const { reset } = mutation;
  useEffect(() => {
    if (open) {
      form.resetFields();
      reset();
    }
  }, [open, form, reset]);
  return form;
}
