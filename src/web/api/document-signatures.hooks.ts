import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DocumentSignaturesOut, PdfVerificationOut, SignDocumentIn } from '../../common/document-signature-api';
import type { SealOut } from '../../common/signature-api';
import { api, sendForm } from './client';
import { materialKeys } from './materials.hooks';

/**
 * 文书签名 (拟稿·核稿·签发) of a material's PDF and 验证签名 of any PDF (docs/signatures.md). A
 * signature adds a file to the material, so signing refreshes the material as well.
 */

export type { DocumentSignaturesOut, PdfSignatureOut, PdfVerificationOut } from '../../common/document-signature-api';

export const documentSignatureKeys = {
  forMaterial: (materialId: string) => ['document-signatures', materialId] as const,
  usableSeals: ['seals', 'usable'] as const,
};

/** The material's signing steps and every signature of its main file, verified now. */
export function useDocumentSignatures(materialId: string, enabled = true) {
  return useQuery({
    queryKey: documentSignatureKeys.forMaterial(materialId),
    queryFn: ({ signal }) => api.get<DocumentSignaturesOut>(`/api/v1/materials/${encodeURIComponent(materialId)}/signatures`, undefined, { signal }),
    enabled: enabled && materialId !== '',
    staleTime: 0,
  });
}

/** Signs the next step; the material's files (and its main file) change with it. */
export function useSignDocument(materialId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignDocumentIn) => api.post<DocumentSignaturesOut>(`/api/v1/materials/${encodeURIComponent(materialId)}/signatures`, input),
    onSuccess: (out) => {
      queryClient.setQueryData(documentSignatureKeys.forMaterial(materialId), out);
      return Promise.all([queryClient.invalidateQueries({ queryKey: materialKeys.one(materialId) }), queryClient.invalidateQueries({ queryKey: materialKeys.all })]);
    },
  });
}

/** The seals the signed-in user may use for 签发. */
export function useUsableSeals(enabled: boolean) {
  return useQuery({
    queryKey: documentSignatureKeys.usableSeals,
    queryFn: () => api.get<{ items: SealOut[] }>('/api/v1/seals').then((r) => r.items.filter((s) => s.status === 'active')),
    enabled,
  });
}

/** Verifies an uploaded PDF's signatures; the file is not kept. */
export function useVerifyPdf() {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return sendForm<PdfVerificationOut>('/api/v1/signatures/verify', form);
    },
  });
}
