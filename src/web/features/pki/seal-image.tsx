import styles from './seal-image.module.css';

/** A seal image on a checkerboard, so that its transparent background shows as such. */
export function SealImage({ src, alt, size = 120 }: { src: string; alt: string; size?: number }) {
  return (
    <div className={styles.frame} style={{ width: size, height: size }}>
      <img src={src} alt={alt} className={styles.image} data-testid="seal-image" />
    </div>
  );
}
